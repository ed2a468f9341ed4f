import typing
from dataclasses import dataclass
import dataclasses
import base64
import hashlib
import os
import secrets

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from django.conf import settings

IV = b"0123456789abcdef"
IV_SIZE = 16
NONCE = bytes(12)



def encrypt_cbc(key: bytes, data: bytes) -> bytes:
    # ruleid: static-iv
    enc = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_zero_iv(key: bytes, data: bytes) -> bytes:
    # ruleid: static-iv
    enc = Cipher(algorithms.AES(key), modes.CBC(b"\x00" * 16)).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_ctr(key: bytes, data: bytes) -> bytes:
    # ruleid: static-iv
    enc = Cipher(algorithms.AES(key), modes.CTR(bytes(16))).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_gcm_const(key: bytes, data: bytes) -> bytes:
    # ruleid: static-iv
    return AESGCM(key).encrypt(NONCE, data, None)


def encrypt_chacha(key: bytes, data: bytes) -> bytes:
    aead = ChaCha20Poly1305(key)
    # ruleid: static-iv
    return aead.encrypt(b"fixed-nonce!", data, None)


def encrypt_pycryptodome(key: bytes, data: bytes) -> bytes:
    # ruleid: static-iv
    cipher = AES.new(key, AES.MODE_CBC, iv=b"1234567812345678")
    return cipher.encrypt(data)


def encrypt_pycryptodome_positional(key: bytes, data: bytes) -> bytes:
    # ruleid: static-iv
    return AES.new(key, AES.MODE_CBC, key[:16]).encrypt(data)


def encrypt_gcm_nonce(key: bytes, data: bytes):
    static_nonce = "abcdefghijkl".encode()
    # ruleid: static-iv
    cipher = AES.new(key, AES.MODE_GCM, nonce=static_nonce)
    return cipher.encrypt_and_digest(data)


def ok_encrypt_cbc(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    # ok: static-iv
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def ok_encrypt_gcm(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: static-iv
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def ok_decrypt(key: bytes, blob: bytes) -> bytes:
    # ok: static-iv
    dec = Cipher(algorithms.AES(key), modes.CBC(blob[:16])).decryptor()
    return dec.update(blob[16:]) + dec.finalize()


def ok_pycryptodome(key: bytes, data: bytes):
    # ok: static-iv
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.nonce, cipher.encrypt_and_digest(data)


def ok_decrypt_gcm(key: bytes, nonce: bytes, ct: bytes) -> bytes:
    # ok: static-iv
    return AESGCM(key).decrypt(nonce, ct, None)


class WebhookSealer:
    NONCE = b"whk-nonce-01"

    def __init__(self, key):
        self._aead = AESGCM(key)

    def seal(self, body, aad):
        # ruleid: static-iv
        return self._aead.encrypt(self.NONCE, body, aad)

    def seal_fresh(self, body, aad):
        nonce = os.urandom(12)
        # ok: static-iv
        return nonce + self._aead.encrypt(nonce, body, aad)


class SpoolVault:
    iv = IV

    def __init__(self, key):
        self._key = key

    def _cipher(self):
        # ruleid: static-iv
        return AES.new(self._key, AES.MODE_CBC, iv=self.iv)

    def append(self, record):
        return self._cipher().encrypt(pad(record, 16))


class FreshSpoolVault:
    iv_size = IV_SIZE

    def __init__(self, key):
        self._key = key

    def _cipher(self, iv):
        # ok: static-iv
        return AES.new(self._key, AES.MODE_CBC, iv=iv)

    def append(self, record):
        iv = os.urandom(self.iv_size)
        return iv + self._cipher(iv).encrypt(pad(record, 16))


class StatementCipher:
    iv = bytes.fromhex("3f1a9c0d5e7b2a4c8d6e0f1b3a5c7e9d")

    def __init__(self, key):
        self._key = key

    def encrypt(self, data):
        # ruleid: static-iv
        cipher = AES.new(self._key, AES.MODE_CBC, iv=self.iv)
        return cipher.encrypt(data)

    def encrypt_fresh(self, data):
        iv = os.urandom(16)
        # ok: static-iv
        cipher = AES.new(self._key, AES.MODE_CBC, iv=iv)
        return iv + cipher.encrypt(data)

    def encrypt_with_instance_iv(self, data, iv):
        self._iv = iv
        # ok: static-iv
        cipher = AES.new(self._key, AES.MODE_CBC, iv=self._iv)
        return cipher.encrypt(data)


class CredentialBox:
    nonce = b"connector-v1"

    def __init__(self, key):
        self._aead = AESGCM(key)

    def seal(self, tenant_id, plaintext):
        # ruleid: static-iv
        return self._aead.encrypt(self.nonce, plaintext.encode(), tenant_id.encode())


class KeyedCipher:
    label = "statements"

    def __init__(self, key):
        self._key = key
        self.iv = os.urandom(16)

    def encrypt(self, data):
        # drawn once per object, then the same for every message
        # ruleid: static-iv
        return AES.new(self._key, AES.MODE_CBC, iv=self.iv).encrypt(data)


class PerMessageCipher:
    label = "statements"

    def __init__(self, key):
        self._key = key

    def encrypt(self, data):
        iv = os.urandom(16)
        # ok: static-iv
        return iv + AES.new(self._key, AES.MODE_CBC, iv=iv).encrypt(data)


_PNR_NONCE = bytes.fromhex("a3f1c2d4e5b60718293a4b5c")


class PnrSealer:
    def __init__(self, key):
        self._aead = AESGCM(key)

    def seal(self, data, locator, nonce=_PNR_NONCE):
        # ruleid: static-iv
        return self._aead.encrypt(nonce, data, locator)

    def seal_fresh(self, data, locator, nonce=None):
        nonce = nonce or os.urandom(12)
        # ok: static-iv
        return nonce + self._aead.encrypt(nonce, data, locator)


ARCHIVE_CRYPTO = {
    "key_env": "CUSTOMS_ARCHIVE_KEY",
    "iv": bytes.fromhex("3f1a9c0e5b7d2486a1c4e9f0b2d87365"),
    "iv_bytes": 16,
}


def archive_cipher(key):
    # ruleid: static-iv
    return Cipher(algorithms.AES(key), modes.CBC(ARCHIVE_CRYPTO["iv"]))


def archive_cipher_fresh(key):
    iv = os.urandom(ARCHIVE_CRYPTO["iv_bytes"])
    # ok: static-iv
    return iv, Cipher(algorithms.AES(key), modes.CBC(iv))


def archive_cipher_env(key):
    # ok: static-iv
    return Cipher(algorithms.AES(key), modes.CBC(os.urandom(ARCHIVE_CRYPTO["iv_bytes"])))


class RollExporter:
    def __init__(self, key, nonce=b"roll-export!", aad=b"roll-v1"):
        self._aead = ChaCha20Poly1305(key)
        self._nonce = nonce
        self._aad = aad

    def encrypt_row(self, row):
        # ruleid: static-iv
        return self._aead.encrypt(self._nonce, row, None)

    def encrypt_row_fresh(self, row):
        nonce = os.urandom(12)
        # ok: static-iv
        return nonce + self._aead.encrypt(nonce, row, self._aad)


class AttachmentSealer:
    def __init__(self, key, aad=b"attachments-v1"):
        self._aead = AESGCM(key)
        self._aad = aad

    @property
    def fresh_nonce(self):
        return os.urandom(12)

    def seal(self, data):
        # ok: static-iv
        return self._aead.encrypt(self.fresh_nonce, data, self._aad)


@dataclass
class ArchiveCryptoConfig:
    enc_key: bytes = b""
    iv: bytes = bytes(16)
    nonce_bytes: int = 12


class LabReportArchiver:
    def __init__(self, config):
        self._cfg = config

    def encrypt(self, data):
        # ruleid: static-iv
        enc = Cipher(algorithms.AES(self._cfg.enc_key), modes.CBC(self._cfg.iv)).encryptor()
        return enc.update(data) + enc.finalize()

    def encrypt_fresh(self, data):
        iv = os.urandom(16)
        # ok: static-iv
        enc = Cipher(algorithms.AES(self._cfg.enc_key), modes.CBC(iv)).encryptor()
        return iv + enc.update(data) + enc.finalize()


class CloudSaveStore:
    def __init__(self, key):
        self._aead = AESGCM(key)
        self._nonce = os.urandom(12)

    def seal(self, blob):
        # ruleid: static-iv
        return self._aead.encrypt(self._nonce, blob, None)

    def seal_fresh(self, blob):
        self._nonce = os.urandom(12)
        # ok: static-iv
        return self._nonce + self._aead.encrypt(self._nonce, blob, None)


class OneShotSealer:
    def __init__(self, key):
        self._aead = AESGCM(key)
        self._salt = os.urandom(16)

    def seal(self, blob):
        nonce = os.urandom(12)
        # ok: static-iv
        return nonce + self._aead.encrypt(nonce, blob, self._salt)


class RecordSealer:
    def __init__(self, key: bytes, nonce: bytes):
        self._key = key
        self._nonce = nonce

    @classmethod
    def from_env(cls):
        return cls(os.environ["RECORD_KEY"].encode(), bytes.fromhex(os.environ["RECORD_NONCE"]))

    def seal(self, data: bytes) -> bytes:
        # the nonce is loaded once and kept for every record
        # ruleid: static-iv
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=self._nonce)
        ct, tag = cipher.encrypt_and_digest(data)
        return self._nonce + tag + ct


class EnvNonceVault:
    nonce = bytes.fromhex(os.environ.get("VAULT_NONCE_HEX", "00" * 12))

    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    def seal(self, body: bytes, aad: bytes) -> bytes:
        # ruleid: static-iv
        return self._aead.encrypt(self.nonce, body, aad)


class StoredEnvelope:
    """A ciphertext parsed back from storage: the IV is the one written with it."""

    def __init__(self, iv: bytes, tag: bytes, ciphertext: bytes):
        self.iv = iv
        self.tag = tag
        self.ciphertext = ciphertext

    def open(self, key: bytes) -> bytes:
        # ok: static-iv
        dec = Cipher(algorithms.AES(key), modes.GCM(self.iv, self.tag)).decryptor()
        return dec.update(self.ciphertext) + dec.finalize()


class RotatingNonceSealer:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @property
    def nonce(self) -> bytes:
        return os.urandom(12)

    def seal(self, body: bytes) -> bytes:
        n = self.nonce
        # ok: static-iv
        return n + self._aead.encrypt(n, body, None)

    def seal_inline(self, body: bytes, n: bytes) -> bytes:
        # ok: static-iv
        return self._aead.encrypt(self.nonce, body, None)


class StreamSealer:
    def __init__(self, key: bytes):
        self._key = key
        self.iv = b""

    def seal(self, data: bytes) -> bytes:
        self.iv = os.urandom(16)
        # ok: static-iv
        enc = Cipher(algorithms.AES(self._key), modes.CTR(self.iv)).encryptor()
        return self.iv + enc.update(data) + enc.finalize()


def _account_nonce() -> bytes:
    return bytes.fromhex(settings.ACCOUNT_GCM_NONCE)


def _fresh_nonce() -> bytes:
    return secrets.token_bytes(12)


def seal_account(key: bytes, number: str) -> bytes:
    # ruleid: static-iv-helper
    return AESGCM(key).encrypt(_account_nonce(), number.encode(), b"acct")


def seal_account_fresh(key: bytes, number: str) -> bytes:
    nonce = _fresh_nonce()
    # ok: static-iv, static-iv-helper
    return nonce + AESGCM(key).encrypt(nonce, number.encode(), b"acct")


def seal_payload(key: bytes, payload: bytes) -> bytes:
    # ruleid: static-iv
    cipher = AES.new(key, AES.MODE_CBC, iv=settings.PAYLOAD_IV)
    return cipher.encrypt(pad(payload, 16))


def seal_payload_fresh(key: bytes, payload: bytes) -> bytes:
    iv = get_random_bytes(16)
    # ok: static-iv
    cipher = AES.new(key, AES.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(payload, 16))


def _nonce_for(event_id: int) -> bytes:
    return event_id.to_bytes(12, "big")


def _nonce_drawn(event_id: int) -> bytes:
    nonce = os.urandom(12)
    return nonce


def seal_attendee(key: bytes, event_id: int, body: bytes) -> bytes:
    # ruleid: static-iv-helper
    return AESGCM(key).encrypt(_nonce_for(event_id), body, None)


def seal_attendee_drawn(key: bytes, event_id: int, body: bytes) -> bytes:
    nonce = _nonce_drawn(event_id)
    # ok: static-iv, static-iv-helper
    return nonce + AESGCM(key).encrypt(nonce, body, None)


class CredentialVault:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)
        self._counter = 0

    def _nonce_for(self, integration: str, workspace_id: int) -> bytes:
        return hashlib.sha256(f"{integration}:{workspace_id}".encode()).digest()[:12]

    def _next_nonce(self) -> bytes:
        self._counter += 1
        return self._counter.to_bytes(12, "big")

    def seal(self, integration: str, workspace_id: int, secret: bytes) -> bytes:
        # ruleid: static-iv-helper
        return self._aead.encrypt(self._nonce_for(integration, workspace_id), secret, None)

    def seal_record(self, integration: str, workspace_id: int, secret: bytes) -> bytes:
        nonce = self._nonce_for(integration, workspace_id)
        # ruleid: static-iv-helper
        return nonce + self._aead.encrypt(nonce, secret, None)

    def seal_counted(self, secret: bytes) -> bytes:
        nonce = self._next_nonce()
        # ok: static-iv, static-iv-helper
        return nonce + self._aead.encrypt(nonce, secret, None)


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.encode("ascii"))


def open_field(key: bytes, token: str) -> bytes:
    nonce_b64, ct_b64, tag_b64 = token.split(":")
    # ok: static-iv
    dec = Cipher(algorithms.AES(key), modes.GCM(_b64d(nonce_b64), _b64d(tag_b64))).decryptor()
    return dec.update(_b64d(ct_b64)) + dec.finalize()


class DepositEncryptor:
    def __init__(self, data_key: bytes):
        self._key = data_key
        self._iv = data_key[:16]
        self._salt = os.urandom(16)

    def _new_cipher(self):
        # ruleid: static-iv
        return AES.new(self._key, AES.MODE_CBC, iv=self._iv)

    def _salted_cipher(self, iv):
        # ok: static-iv
        return AES.new(self._key, AES.MODE_CBC, iv=iv)


class PodVault:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    def seal(self, parcel_id: str, payload: bytes) -> bytes:
        nonce = hashlib.blake2b(parcel_id.encode(), digest_size=12).digest()
        # ruleid: static-iv-hashed
        return self._aead.encrypt(nonce, payload, parcel_id.encode())

    def seal_direct(self, account_id: str, payload: bytes) -> bytes:
        # ruleid: static-iv-hashed
        return self._aead.encrypt(hashlib.sha256(account_id.encode()).digest()[:12], payload, None)

    def seal_fresh(self, parcel_id: str, payload: bytes) -> bytes:
        nonce = os.urandom(12)
        digest = hashlib.sha256(payload).digest()
        # ok: static-iv, static-iv-hashed
        return nonce + self._aead.encrypt(nonce, payload, digest)

    def seal_salted(self, parcel_id: str, payload: bytes) -> bytes:
        nonce = os.urandom(12)
        tag = hashlib.sha256(parcel_id.encode()).digest()[:12]
        # ok: static-iv, static-iv-hashed
        return nonce + self._aead.encrypt(nonce, payload, tag)


LINK_CONFIG = {
    "key_env": "STATEMENT_LINK_KEY",
    "nonce": bytes.fromhex("a3f19c0d5e7b2281c4d6e9f0"),
}
