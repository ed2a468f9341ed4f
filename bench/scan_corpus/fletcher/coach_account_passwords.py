"""Accounts for certified coaches who log lessons against club members."""
from __future__ import annotations

from django.conf import settings
from django.db import models, transaction
from passlib.context import CryptContext

coach_pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)


class CoachAccount(models.Model):
    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=120)
    certification_level = models.CharField(max_length=20)
    password_hash = models.CharField(max_length=128)
    is_active = models.BooleanField(default=True)

    class Meta:
        app_label = "coaching"

    def set_password(self, raw: str) -> None:
        if len(raw) < settings.COACH_MIN_PASSWORD_LENGTH:
            raise ValueError("password too short")
        self.password_hash = coach_pwd_context.hash(raw)

    def check_password(self, raw: str) -> bool:
        valid, new_hash = coach_pwd_context.verify_and_update(raw, self.password_hash)
        if valid and new_hash:
            self.password_hash = new_hash
            self.save(update_fields=["password_hash"])
        return valid


class CoachAuthBackend:
    def authenticate(self, request, email=None, password=None):
        try:
            coach = CoachAccount.objects.get(email__iexact=email, is_active=True)
        except CoachAccount.DoesNotExist:
            coach_pwd_context.dummy_verify()
            return None
        return coach if coach.check_password(password) else None

    def get_user(self, user_id):
        return CoachAccount.objects.filter(pk=user_id, is_active=True).first()


@transaction.atomic
def onboard_coach(email: str, full_name: str, level: str, raw_password: str) -> CoachAccount:
    coach = CoachAccount(email=email.lower(), full_name=full_name, certification_level=level)
    coach.set_password(raw_password)
    coach.save()
    return coach
