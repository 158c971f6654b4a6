/** Server-side paging: every list is bounded. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

export function offsetOf(p: PageRequest): number {
  return (p.page - 1) * p.pageSize;
}

export function pageResult<T>(items: T[], total: number, p: PageRequest) {
  return { items, total, page: p.page, pageSize: p.pageSize };
}

/** Escapes LIKE wildcards in user text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
