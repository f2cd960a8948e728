"""Open data: read-only JSON and CSV of what the portal knows, under /api/v1/ (docs/open-data.md)."""
