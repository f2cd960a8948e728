"""The portal's own middleware, one concern per module (order: config/settings.py MIDDLEWARE).

- security: Content-Security-Policy and the other browser security headers.
- page_cache: whole public pages from the shared cache, keyed by the data version.
- database: a friendly 503 page when the database is away.
"""
