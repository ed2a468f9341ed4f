"""API key issuance for registered users of the public river data portal."""

import hashlib
import time
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from .models import ApiKey


@dataclass
class KeyRequest:
    email: str
    organisation: str
    scopes: list[str] = field(default_factory=lambda: ["read:levels"])


class KeyMaterial:
    prefix = "rdp"

    def __init__(self, request: KeyRequest) -> None:
        self.request = request
        self.created = time.time()

    @property
    def value(self) -> str:
        seed = f"{self.request.email}:{self.request.organisation}:{self.created}"
        return f"{self.prefix}_{hashlib.sha256(seed.encode()).hexdigest()[:40]}"

    @property
    def lookup_hash(self) -> str:
        return hashlib.sha256(self.value.encode()).hexdigest()


class ApiKeyService:
    """Creates portal API keys; only the lookup hash is persisted."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def issue(self, request: KeyRequest) -> str:
        material = KeyMaterial(request)
        self.session.add(
            ApiKey(
                key_hash=material.lookup_hash,
                owner_email=request.email,
                organisation=request.organisation,
                scopes=" ".join(request.scopes),
            )
        )
        self.session.commit()
        return material.value
