"""A backup of everything staff edit, as Django's JSON fixture format (loaddata reads it too).

Only the portal's own models: staff users, history and login attempts are not content.
Primary keys are kept, so a restore into an empty database gives the identical state.
"""

import reversion
from django.core import serializers
from django.core.serializers.base import DeserializationError
from django.core.management.color import no_style
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from .models import PORTAL_MODELS, TrialPeriod


class BackupError(Exception):
    pass


def export_data() -> str:
    objects = (obj for model in PORTAL_MODELS for obj in model._base_manager.order_by("pk"))
    return serializers.serialize("json", objects, indent=2) + "\n"


def has_portal_data() -> bool:
    return any(model._base_manager.exists() for model in PORTAL_MODELS)


def import_data(text: str, *, replace: bool, comment: str) -> dict[str, int]:
    """Load a backup in one transaction; with `replace`, the current portal data goes first."""
    if has_portal_data() and not replace:
        raise BackupError("The database already holds portal data; --replace would replace it.")
    allowed = {model._meta.label_lower for model in PORTAL_MODELS}
    counts = {model._meta.label_lower: 0 for model in PORTAL_MODELS}
    with transaction.atomic(), reversion.create_revision():
        reversion.set_comment(comment)
        if replace:
            for model in reversed(PORTAL_MODELS):
                model._base_manager.all().delete()
        try:
            for item in serializers.deserialize("json", text):
                label = item.object._meta.label_lower
                if label not in allowed:
                    raise BackupError(f"{label} is not portal data; nothing was imported.")
                item.save()
                counts[label] += 1
            # Foreign keys are checked at commit on some databases: check them here, by name.
            connection.check_constraints(table_names=[model._meta.db_table for model in PORTAL_MODELS])
        except DeserializationError as error:
            raise BackupError(f"Not a portal backup: {first_line(error)}") from None
        except (IntegrityError, ValidationError) as error:
            raise BackupError(f"The backup contradicts itself, nothing was imported: {first_line(error)}") from None
        if not counts[TrialPeriod._meta.label_lower]:
            raise BackupError("The backup has no trial period; nothing was imported.")
        # Rows came with their own ids: move the id sequences past them (PostgreSQL).
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), PORTAL_MODELS):
                cursor.execute(sql)
    return counts


def first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
