"""Key derivation and sealing for the offline password vault (format v3).

v3 derives the vault key with scrypt. The SHA-256 digest further down is
only the content fingerprint shown in the sync UI so users can compare two
devices at a glance.
"""
import hashlib
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_TAG = b"V3"
SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
SALT_LEN = 16
NONCE_LEN = 12


def derive_vault_key(master_password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        master_password.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM,
        dklen=32,
    )


def blob_fingerprint(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()[:16]


def seal(master_password: str, plaintext: bytes) -> bytes:
    salt = os.urandom(SALT_LEN)
    nonce = os.urandom(NONCE_LEN)
    key = derive_vault_key(master_password, salt)
    return FORMAT_TAG + salt + nonce + AESGCM(key).encrypt(nonce, plaintext, FORMAT_TAG)


def unseal(master_password: str, blob: bytes) -> bytes:
    if blob[: len(FORMAT_TAG)] != FORMAT_TAG:
        raise ValueError("not a v3 vault")
    offset = len(FORMAT_TAG)
    salt = blob[offset : offset + SALT_LEN]
    nonce = blob[offset + SALT_LEN : offset + SALT_LEN + NONCE_LEN]
    key = derive_vault_key(master_password, salt)
    return AESGCM(key).decrypt(nonce, blob[offset + SALT_LEN + NONCE_LEN :], FORMAT_TAG)
