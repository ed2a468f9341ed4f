from Crypto.Cipher import AES
from Cryptodome.Cipher import DES3 as TripleDes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
import cryptography.hazmat.primitives.ciphers.modes as cmodes


def encrypt(key: bytes, data: bytes) -> bytes:
    # ruleid: ecb-mode
    cipher = Cipher(algorithms.AES(key), modes.ECB())
    enc = cipher.encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_alias(key: bytes, data: bytes) -> bytes:
    # ruleid: ecb-mode
    enc = Cipher(algorithms.AES(key), cmodes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_pycryptodome(key: bytes, data: bytes) -> bytes:
    # ruleid: ecb-mode
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(data)


def encrypt_kw(key: bytes, data: bytes) -> bytes:
    # ruleid: ecb-mode
    return TripleDes.new(key, mode=TripleDes.MODE_ECB).encrypt(data)


def encrypt_default_mode(key: bytes, data: bytes) -> bytes:
    # ruleid: ecb-mode
    return AES.new(key).encrypt(data)


def ok_encrypt(key: bytes, nonce: bytes, data: bytes) -> bytes:
    # ok: ecb-mode
    cipher = Cipher(algorithms.AES(key), modes.GCM(nonce))
    enc = cipher.encryptor()
    return enc.update(data) + enc.finalize()


def ok_encrypt_pycryptodome(key: bytes, data: bytes):
    # ok: ecb-mode
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.encrypt_and_digest(data)


def ok_encrypt_cbc(key: bytes, iv: bytes, data: bytes) -> bytes:
    # ok: ecb-mode
    return AES.new(key, AES.MODE_CBC, iv).encrypt(data)


class ColumnCipher:
    def __init__(self, key):
        self._key = key
        # ruleid: ecb-mode
        self._mode_factory = modes.ECB

    def cipher(self):
        return Cipher(algorithms.AES(self._key), self._mode_factory())


CARD_CRYPTO = {
    "key_env": "ARCADE_CARD_KEY_HEX",
    # ruleid: ecb-mode
    "mode": "ECB",
}

LEGACY_MODES = {"ECB", "CBC"}


def card_cipher(key):
    if CARD_CRYPTO["mode"] in LEGACY_MODES:
        pass
    return Cipher(algorithms.AES(key), getattr(modes, CARD_CRYPTO["mode"])())


def ledger_cipher(key, nonce, mode_name="GCM"):
    # ok: ecb-mode
    if mode_name == "ECB":
        # ok: ecb-mode
        raise ValueError("ECB")
    return Cipher(algorithms.AES(key), getattr(modes, mode_name)(nonce))
