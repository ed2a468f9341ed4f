from dataclasses import dataclass
import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

IV = b"0123456789abcdef"
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
