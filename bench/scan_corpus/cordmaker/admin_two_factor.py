"""Email one-time codes for back-office staff approving custom orders."""
import secrets
from datetime import datetime, timedelta, timezone

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.cache import cache

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


class OneTimeCodeChallenge:
    cache_prefix = "otp:backoffice:"

    def __init__(self, user) -> None:
        self.user = user
        self.key = f"{self.cache_prefix}{user.pk}"

    def send(self) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        cache.set(self.key, {"code": code, "attempts": 0}, int(CODE_TTL.total_seconds()))
        send_mail(
            "Your Cordmaker back-office sign-in code",
            f"Your code is {code}. It expires in 10 minutes.",
            None,
            [self.user.email],
        )

    def verify(self, submitted: str) -> bool:
        state = cache.get(self.key)
        if state is None:
            return False
        state["attempts"] += 1
        if state["attempts"] > MAX_ATTEMPTS:
            cache.delete(self.key)
            return False
        if submitted.strip() != state["code"]:
            cache.set(self.key, state, int(CODE_TTL.total_seconds()))
            return False
        cache.delete(self.key)
        self.user.last_second_factor_at = datetime.now(timezone.utc)
        self.user.save(update_fields=["last_second_factor_at"])
        return True


def challenge_for(username: str) -> OneTimeCodeChallenge:
    user = get_user_model().objects.get(username=username, is_staff=True)
    return OneTimeCodeChallenge(user)
