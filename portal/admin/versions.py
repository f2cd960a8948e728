"""Reverting a version recorded before the model gained fields."""

import json


def revert_keeping_unrecorded_fields(version):
    """Revert `version`, but keep the current value of each field the version did not record.

    A version saved before a field existed (before migration 0003: a municipality's employment
    area and Åland flag, the English names) would otherwise put that field back to its default
    and silently undo the data migration.
    """
    model = version.content_type.model_class()
    recorded = set(json.loads(version.serialized_data)[0]["fields"]) if version.format == "json" else None
    current = model._default_manager.using(version.db).filter(pk=version.object_id).first()
    version.revert()
    if recorded is None or current is None:
        return
    kept = [field for field in model._meta.concrete_fields if not field.primary_key and field.name not in recorded]
    if kept:
        reverted = model._default_manager.using(version.db).get(pk=version.object_id)
        for field in kept:
            setattr(reverted, field.attname, getattr(current, field.attname))
        reverted.save(update_fields=[field.name for field in kept])
