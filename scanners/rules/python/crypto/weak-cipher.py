from Crypto.Cipher import AES, ARC4, DES
from Cryptodome.Cipher import DES3 as TDES
from Cryptodome.Cipher import Blowfish
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES as DecrepitTripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
import pyDes


def encrypt_3des(key: bytes, iv: bytes, data: bytes) -> bytes:
    # ruleid: weak-cipher
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_rc4(key: bytes, data: bytes) -> bytes:
    # ruleid: weak-cipher
    enc = Cipher(algorithms.ARC4(key), mode=None).encryptor()
    return enc.update(data)


def encrypt_blowfish(key: bytes, iv: bytes, data: bytes) -> bytes:
    # ruleid: weak-cipher
    enc = Cipher(algorithms.Blowfish(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_decrepit(key: bytes, iv: bytes, data: bytes) -> bytes:
    # ruleid: weak-cipher
    enc = Cipher(DecrepitTripleDES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_des(key: bytes, iv: bytes, data: bytes) -> bytes:
    # ruleid: weak-cipher
    return DES.new(key, DES.MODE_CBC, iv).encrypt(data)


def encrypt_arc4(key: bytes, data: bytes) -> bytes:
    # ruleid: weak-cipher
    return ARC4.new(key).encrypt(data)


def encrypt_tdes(key: bytes, data: bytes):
    # ruleid: weak-cipher
    return TDES.new(key, TDES.MODE_EAX).encrypt_and_digest(data)


def encrypt_bf(key: bytes, data: bytes):
    # ruleid: weak-cipher
    return Blowfish.new(key, Blowfish.MODE_EAX).encrypt_and_digest(data)


def encrypt_pydes(key: bytes, data: bytes) -> bytes:
    # ruleid: weak-cipher
    return pyDes.triple_des(key, pyDes.CBC, b"\0" * 8, padmode=pyDes.PAD_PKCS5).encrypt(data)


def ok_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    # ok: weak-cipher
    enc = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def ok_encrypt_chacha(key: bytes, nonce: bytes, data: bytes) -> bytes:
    # ok: weak-cipher
    enc = Cipher(algorithms.ChaCha20(key, nonce), mode=None).encryptor()
    return enc.update(data)


def ok_encrypt_pycryptodome(key: bytes, data: bytes):
    # ok: weak-cipher
    return AES.new(key, AES.MODE_GCM).encrypt_and_digest(data)


def snmp_user(user, auth_key, priv_key):
    from pysnmp.hlapi import UsmUserData, usmDESPrivProtocol, usmHMACSHAAuthProtocol

    # ruleid: weak-cipher
    profile = {"authProtocol": usmHMACSHAAuthProtocol, "privProtocol": usmDESPrivProtocol}
    return UsmUserData(user, authKey=auth_key, privKey=priv_key, **profile)


CIPHER_CONFIG = {
    # ruleid: weak-cipher
    "module": TDES,
    "block": 8,
}
MODERN_CIPHER_CONFIG = {
    # ok: weak-cipher
    "module": AES,
    "block": 16,
}


class DockKeyWrapper:
    # ruleid: weak-cipher
    ALGORITHM = algorithms.TripleDES
    # ok: weak-cipher
    MODERN = algorithms.AES

    def _cipher(self, key, iv):
        return Cipher(self.ALGORITHM(key), modes.CBC(iv))


def is_legacy(cipher):
    # ok: weak-cipher
    return isinstance(cipher.algorithm, algorithms.TripleDES)


class ScannerLinkCipher:
    # ruleid: weak-cipher
    cipher_module = Blowfish
    key_bytes = 16

    def _new(self, key, iv):
        return self.cipher_module.new(key, self.cipher_module.MODE_CBC, iv=iv)


class ScannerLinkCipherV2:
    # ok: weak-cipher
    cipher_module = AES
    key_bytes = 32


# ruleid: weak-cipher
def encrypt_archive_record(payload: bytes, key: bytes, iv: bytes, cipher_module=Blowfish) -> bytes:
    return cipher_module.new(key, cipher_module.MODE_CBC, iv).encrypt(payload)


# ok: weak-cipher
def encrypt_archive_record_gcm(payload: bytes, key: bytes, cipher_module=AES) -> bytes:
    return cipher_module.new(key, cipher_module.MODE_GCM).encrypt(payload)
