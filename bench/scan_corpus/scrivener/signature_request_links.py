"""Create e-signature requests and the links emailed to each signer."""
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin

PORTAL_BASE = "https://portal.scrivener-office.example/"
LINK_TTL = timedelta(days=7)
TOKEN_ALPHABET = string.ascii_letters + string.digits


@dataclass
class Signer:
    name: str
    email: str
    role: str = "signer"


@dataclass
class SignatureRequest:
    document_id: int
    signers: list[Signer]
    tokens: dict[str, str] = field(default_factory=dict)
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + LINK_TTL
    )

    def is_expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(timezone.utc)) >= self.expires_at


def _new_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def create_request(document_id: int, signers: list[Signer]) -> SignatureRequest:
    if not signers:
        raise ValueError("a signature request needs at least one signer")
    request = SignatureRequest(document_id, signers)
    request.tokens = {s.email: _new_token() for s in signers}
    return request


def signing_links(request: SignatureRequest) -> dict[str, str]:
    return {
        email: urljoin(PORTAL_BASE, f"sign/{request.document_id}/{token}")
        for email, token in request.tokens.items()
    }


def invitation_messages(request: SignatureRequest, office_name: str) -> list[dict]:
    links = signing_links(request)
    expiry = request.expires_at.strftime("%d %B %Y")
    return [
        {
            "to": s.email,
            "subject": f"{office_name}: document ready for your signature",
            "body": (
                f"Dear {s.name},\n\n"
                f"Please review and sign the document at {links[s.email]}\n"
                f"This link is personal to you and expires on {expiry}.\n"
            ),
        }
        for s in request.signers
    ]
