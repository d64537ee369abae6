/**
 * Where the API serves files, as the paths residents' apps follow (schemas: "path under the API base").
 * The content routes are registered under this prefix (server/app.ts).
 */
export const API_BASE = '/api/v1'

export const contentLinks = {
  attachment: (id: number) => `${API_BASE}/attachments/${id}`,
  leaderPhoto: (id: number) => `${API_BASE}/leaders/${id}/photo`
}
