"""Client accounts for the en-primeur campaign portal.

Private clients log in during the spring campaign to reserve allocations of
the new vintage before it is bottled.
"""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from vintner.en_primeur.repository import ClientRepository

HASHER_PARAMS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 4}


class ClientCredentialService:
    def __init__(self, repository: ClientRepository):
        self.repository = repository
        self.hasher = PasswordHasher(**HASHER_PARAMS)

    def register(self, email: str, password: str, campaign_year: int) -> int:
        if self.repository.exists(email):
            raise ValueError("client already registered")
        return self.repository.insert(
            email=email,
            password_hash=self.hasher.hash(password),
            campaign_year=campaign_year,
        )

    def authenticate(self, email: str, password: str) -> bool:
        client = self.repository.by_email(email)
        if client is None:
            return False
        try:
            self.hasher.verify(client.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return False
        if self.hasher.check_needs_rehash(client.password_hash):
            self.repository.update_hash(client.id, self.hasher.hash(password))
        return True
