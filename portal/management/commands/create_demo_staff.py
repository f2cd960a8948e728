"""Demo staff users, one per role, for trying the admin on a laptop. Never in production."""

import secrets

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# username -> (group name or None for a superuser, description)
DEMO_USERS = {
    "demo-sisalto": ("Sisältöeditorit", "content editor: FAQ"),
    "demo-alue": ("Aluetietojen editorit", "area data editor: trial period, areas, municipalities, TE offices"),
    "demo-admin": (None, "superuser: everything, including users and login lockouts"),
}


class Command(BaseCommand):
    help = "Create (or reset) demo staff users, one per role, each with a new random password. Local only."

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError("Refusing to create demo users: PORTAL_ENV is production.")
        with transaction.atomic():
            for username, (group_name, description) in DEMO_USERS.items():
                password = secrets.token_urlsafe(12)
                self.create_or_reset(username, group_name, password)
                self.stdout.write(f"{username:14} {password}   {description}")
        self.stdout.write("Log in at /admin/. Running this again gives new passwords.")

    def create_or_reset(self, username, group_name, password):
        user, _ = User.objects.get_or_create(username=username)
        user.is_staff = True
        user.is_superuser = group_name is None
        user.set_password(password)
        user.save()
        if group_name:
            try:
                group = Group.objects.get(name=group_name)
            except Group.DoesNotExist:
                raise CommandError(f"The role {group_name!r} is missing: run manage.py migrate first.") from None
            user.groups.set([group])
