"""Reverting a trial area: its own fields and which municipalities belong to it, nothing more."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from portal.models import Municipality, TrialArea


def restore_area_revision(revision):
    """Put each area of `revision` back as it was, members included.

    An area's revision also holds its member municipalities (the area follows them). Reversion's
    own admin revert would roll back every member's names and region to that day too, and DELETE
    a municipality that joined the area later (revert(delete=True) removes followed objects that
    were not in the revision). Here a municipality that joined later only leaves the area, and
    the members' other fields stay as they are now.
    """
    area_type = ContentType.objects.get_for_model(TrialArea)
    municipality_type = ContentType.objects.get_for_model(Municipality)
    versions = list(revision.version_set.all())
    for area_version in (v for v in versions if v.content_type_id == area_type.id):
        area_version.revert()
        area = TrialArea.objects.get(pk=area_version.object_id)
        members_then = {
            int(v.object_id)
            for v in versions
            if v.content_type_id == municipality_type.id and v.field_dict["area_id"] == area.pk
        }
        for municipality in Municipality.objects.filter(Q(area=area) | Q(pk__in=members_then)):
            wanted = area.pk if municipality.pk in members_then else None
            if municipality.area_id != wanted:
                municipality.area_id = wanted
                municipality.save(update_fields=["area"])
