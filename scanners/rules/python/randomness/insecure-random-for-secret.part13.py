import random
import secrets
import string
import time
from dataclasses import dataclass, field

from app.models import Article, DownloadShare, GuestLink


ALPHABET = string.ascii_letters + string.digits


def _new_slug(n: int = 16) -> str:
    # ruleid: insecure-random-for-secret
    return "".join(random.choices(ALPHABET, k=n))


def _safe_slug(n: int = 16) -> str:
    # ok: insecure-random-for-secret
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


def _banner_colour() -> str:
    # ok: insecure-random-for-secret
    return random.choice(["teal", "amber", "plum"])


def share_invoice(invoice):
    return GuestLink(invoice_id=invoice.id, slug=_new_slug(), colour=_banner_colour())


def share_invoice_safely(invoice):
    return GuestLink(invoice_id=invoice.id, slug=_safe_slug())


def share_download(path):
    # ruleid: insecure-random-for-secret
    return DownloadShare(path=path, slug="".join(random.choices(ALPHABET, k=12)))


class ShareIssuer:
    def _slug(self) -> str:
        # ruleid: insecure-random-for-secret
        return "%012x" % random.getrandbits(48)

    def issue(self, folder):
        return DownloadShare(folder=folder, slug=self._slug())


def _pick_cover(images):
    # ok: insecure-random-for-secret
    return random.choice(images)


def publish(title, images):
    # an article's slug is public; the drawn cover image is not its slug
    return Article(slug=title.lower().replace(" ", "-"), cover=_pick_cover(images))


def _b36(value: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while value:
        value, rem = divmod(value, 36)
        out = digits[rem] + out
    return out or "0"


@dataclass
class Invite:
    inviter_id: int
    email: str
    created_ns: int = field(default_factory=time.time_ns)

    @property
    def token(self) -> str:
        # ruleid: insecure-random-for-secret
        return f"{_b36(self.inviter_id)}-{_b36(self.created_ns)}"

    def describe(self) -> str:
        # ok: insecure-random-for-secret
        return f"invite from {self.inviter_id} at {self.created_ns}"


@dataclass
class ResetRequest:
    user_id: int
    issued: float = field(default_factory=lambda: time.time())
    nonce: str = field(default_factory=lambda: secrets.token_urlsafe(16))

    def reset_code(self) -> str:
        # ruleid: insecure-random-for-secret
        return "{}.{}".format(self.user_id, self.issued)

    def link_token(self) -> str:
        # ok: insecure-random-for-secret
        return f"{self.user_id}.{self.nonce}"
