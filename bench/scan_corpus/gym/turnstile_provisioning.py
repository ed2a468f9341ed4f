"""Provisioning of door/turnstile controllers.

Each controller gets its own keypair at enrolment; the public key is
registered with the access service and the private key is pushed to the
device over the provisioning cable.
"""
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class ProvisioningProfile:
    # controller firmware 3.x has a fixed-size key slot
    key_bits: int = 1024
    public_exponent: int = 65537
    cert_days: int = 825


DEFAULT_PROFILE = ProvisioningProfile()


def generate_device_keypair(profile: ProvisioningProfile = DEFAULT_PROFILE):
    private_key = rsa.generate_private_key(
        public_exponent=profile.public_exponent,
        key_size=profile.key_bits,
    )
    return private_key, private_key.public_key()


def enrol_controller(access_api, club_id: int, serial: str, passphrase: bytes) -> bytes:
    private_key, public_key = generate_device_keypair()
    pem_public = public_key.public_bytes(
        serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    access_api.register_controller(club_id=club_id, serial=serial, public_key_pem=pem_public.decode())
    return private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
