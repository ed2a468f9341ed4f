import os
from dataclasses import dataclass, field

import bcrypt
from passlib.context import CryptContext


class ClinicAuthSettings:
    SCHEMES = ["bcrypt"]
    BCRYPT_ROUNDS = 7


class VetAuthSettings:
    SCHEMES = ["bcrypt"]
    BCRYPT_ROUNDS: int = 13


# ruleid: weak-bcrypt-rounds
clinic_context = CryptContext(schemes=ClinicAuthSettings.SCHEMES, bcrypt__rounds=ClinicAuthSettings.BCRYPT_ROUNDS)

# ok: weak-bcrypt-rounds
vet_context = CryptContext(schemes=VetAuthSettings.SCHEMES, bcrypt__rounds=VetAuthSettings.BCRYPT_ROUNDS)


@dataclass(frozen=True)
class KennelHashing:
    rounds: int = field(default_factory=lambda: int(os.environ.get("KENNEL_BCRYPT_ROUNDS", "5")))


@dataclass(frozen=True)
class GroomerHashing:
    rounds: int = int(os.getenv("GROOMER_BCRYPT_ROUNDS", "12"))


KENNEL = KennelHashing()
GROOMER = GroomerHashing()


def hash_kennel_password(raw: str, hashing: KennelHashing = KENNEL) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=hashing.rounds))


def hash_groomer_password(raw: str, hashing: GroomerHashing = GROOMER) -> bytes:
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=hashing.rounds))


def hash_boarding_password(raw: str) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=KENNEL.rounds))


def hash_grooming_password(raw: str) -> bytes:
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=GROOMER.rounds))
