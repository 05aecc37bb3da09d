/** Column shapes shared by the entity schemas (names snake_case; instants with milliseconds). */
export const id = { type: 'integer' as const, primary: true, generated: 'increment' as const };
export const createdAt = { type: 'datetime' as const, createDate: true, precision: 3, name: 'created_at' };
export const str = (length: number, nullable = false) => ({ type: 'varchar' as const, length, nullable });
export const text = (nullable = true) => ({ type: 'text' as const, nullable });
export const instant = (name: string, nullable = true) => ({ type: 'datetime' as const, precision: 3, nullable, name });
export const int = (name?: string, def = 0) => ({ type: 'int' as const, default: def, ...(name ? { name } : {}) });
