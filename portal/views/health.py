"""/healthz for load balancers and monitoring: can this instance reach its database and cache?"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

def database_ok() -> bool:
    """A real query on the portal's own data: "SELECT 1" also succeeds on an empty database
    (a SQLite file moved away is silently created anew) while every page fails."""
    try:
        from portal.models import Municipality

        # In its own (sub)transaction: on PostgreSQL a failed query must not break the
        # transaction of whatever runs around it.
        with transaction.atomic():
            Municipality.objects.exists()
        return True
    except Exception:  # any failure means "not healthy"; the answer itself must never fail
        return False


def cache_ok() -> bool:
    token = uuid.uuid4().hex
    key = f"portal:health:{token}"  # one key per check: instances check the shared cache at once
    try:
        cache.set(key, token, timeout=10)
        healthy = cache.get(key) == token
        cache.delete(key)
        return healthy
    except Exception:
        return False


@never_cache
@require_safe
def healthz(request):
    checks = {"database": database_ok(), "cache": cache_ok()}
    return JsonResponse(
        {name: "ok" if healthy else "error" for name, healthy in checks.items()},
        status=200 if all(checks.values()) else 503,
    )
