"""Admin page for the frequently asked questions."""

from django.contrib import admin

from portal.models import FaqEntry

from .base import TranslatedHistoryAdmin


@admin.register(FaqEntry)
class FaqEntryAdmin(TranslatedHistoryAdmin):
    list_display = ("question_fi", "order", "published")
    list_editable = ("order", "published")
    list_filter = ("published",)
    search_fields = ("question_fi", "question_sv", "answer_fi", "answer_sv")
    fields = ("question", "answer", "order", "published")
