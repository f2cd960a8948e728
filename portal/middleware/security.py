"""Browser security headers on every response, static files and cached pages included.

Django's SecurityMiddleware already sends HSTS (production), X-Content-Type-Options,
Referrer-Policy and Cross-Origin-Opener-Policy, and XFrameOptionsMiddleware sends
X-Frame-Options (config/settings.py). This adds what Django 5.2 cannot: the
Content-Security-Policy, the Permissions-Policy and Cross-Origin-Resource-Policy.
"""

PUBLIC_POLICY = {
    "default-src": "'none'",
    "style-src": "'self'",
    # Bootstrap's CSS draws form-control icons as data: SVG images.
    "img-src": "'self' data:",
    "font-src": "'self'",
    # No script runs on public pages (script-src falls back to 'none'); this only lets audit tools
    # such as Lighthouse read /robots.txt from the page, as crawlers' checks do.
    "connect-src": "'self'",
    "form-action": "'self'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
}

# The admin runs Django's own JavaScript files, fetches autocomplete results, and
# django-import-export's export page has style="" attributes. Only staff see it.
ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": "'self'",
    "connect-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
}

ADMIN_PREFIX = "/admin/"

# Features the portal never uses; no page or embedded frame may ask for them.
DENIED_FEATURES = (
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "picture-in-picture",
    "publickey-credentials-get",
    "screen-wake-lock",
    "usb",
    "xr-spatial-tracking",
)


def policy_header(policy: dict[str, str]) -> str:
    return "; ".join(f"{directive} {sources}" for directive, sources in policy.items())


PUBLIC_CSP = policy_header(PUBLIC_POLICY)
ADMIN_CSP = policy_header(ADMIN_POLICY)
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in DENIED_FEATURES)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "noindex" in response.get("X-Robots-Tag", ""):
            # A question or result page shows a citizen's answers: no browser or proxy keeps
            # it, whether or not the page cache is on or reachable.
            response["Cache-Control"] = "no-store"
        csp = ADMIN_CSP if request.path_info.startswith(ADMIN_PREFIX) else PUBLIC_CSP
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
