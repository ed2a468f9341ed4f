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
