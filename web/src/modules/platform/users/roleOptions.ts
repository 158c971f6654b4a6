import { BUILTIN_ROLES } from "@zoneos/core/access";
import type { Role } from "@zoneos/core/platform-api";
import { useCan } from "../../../app/auth";
import { useLabels } from "../../../ui/labels";
import { useRoles } from "../queries";

/** Roles to pick from: GET /roles when permitted, the built-in definitions otherwise. */
export function useRoleChoices() {
  const can = useCan();
  const labels = useLabels();
  const roles = useRoles(can("roles:read"));
  const list: Pick<Role, "code" | "nameZh" | "nameEn" | "scope">[] = roles.data ?? [...BUILTIN_ROLES];
  return {
    roles: roles.data,
    options: list.map((r) => ({ value: r.code, label: labels.roleName(r.code, roles.data) })),
    scopeOf: (code: string) => list.find((r) => r.code === code)?.scope,
    name: (code: string) => labels.roleName(code, roles.data),
  };
}
