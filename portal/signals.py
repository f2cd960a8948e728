"""Any change to the portal's data gives the data a new version, which empties every
cached snapshot and page (see portal/directory.py).

The new version is set after the change commits. If the shared cache cannot be reached then,
the save still stands: this process remembers that an invalidation is owed, the admin tells
the staff member (portal/admin/base.py), and every later request this process serves retries
it (portal/middleware/page_cache.py) until the cache takes it.
"""

import logging
import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from .directory import bump_data_version
from .models import PORTAL_MODELS

logger = logging.getLogger(__name__)
_pending = threading.Event()


def invalidate() -> bool:
    """Set a new data version; on failure remember it for a retry. True when the cache took it."""
    try:
        bump_data_version()
    except Exception as error:  # the cache is away (redis-py raises its own exception classes)
        _pending.set()
        logger.warning("data version not updated, will retry: %s", error.__class__.__name__)
        return False
    _pending.clear()
    return True


def invalidation_pending() -> bool:
    """True while a data change has not reached the shared cache yet."""
    return _pending.is_set()


def retry_pending_invalidation() -> None:
    """Cheap when nothing is owed: one flag check."""
    if _pending.is_set():
        invalidate()


def _data_changed(sender, **kwargs):
    transaction.on_commit(invalidate)


for model in PORTAL_MODELS:
    post_save.connect(_data_changed, sender=model, dispatch_uid=f"data-version-save-{model.__name__}")
    post_delete.connect(_data_changed, sender=model, dispatch_uid=f"data-version-delete-{model.__name__}")
