export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" role="img" aria-label="ZoneOS">
      <rect width="32" height="32" rx="7" fill="#1456b8" />
      <path d="M8 9h16v3.2L13.2 20H24v3H8v-3.2L18.8 12H8z" fill="#fff" />
    </svg>
  );
}
