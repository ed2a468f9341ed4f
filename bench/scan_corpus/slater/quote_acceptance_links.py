"""Online acceptance links for customer quotes.

After an estimator finalises a quote the customer gets an email with a link
they can use to view the quote, pick a start week and accept it. The token in
the link is the only thing that identifies the customer.
"""
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 24
LINK_LIFETIME = timedelta(days=30)
BASE_URL = "https://quotes.example-roofing.co.uk/accept"

_rng = random.Random()


@dataclass
class AcceptanceLink:
    quote_ref: str
    customer_email: str
    token: str
    expires_at: datetime
    used: bool = False


@dataclass
class AcceptanceLinkService:
    links: Dict[str, AcceptanceLink] = field(default_factory=dict)

    def _new_token(self) -> str:
        return "".join(_rng.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))

    def issue(self, quote_ref: str, customer_email: str) -> str:
        token = self._new_token()
        self.links[token] = AcceptanceLink(
            quote_ref=quote_ref,
            customer_email=customer_email,
            token=token,
            expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
        )
        return f"{BASE_URL}/{token}"

    def resolve(self, token: str) -> Optional[AcceptanceLink]:
        link = self.links.get(token)
        if link is None or link.used:
            return None
        if link.expires_at < datetime.now(timezone.utc):
            return None
        return link

    def accept(self, token: str, start_week: str) -> str:
        link = self.resolve(token)
        if link is None:
            raise LookupError("link expired or already used")
        link.used = True
        return f"{link.quote_ref} accepted for week {start_week}"
