import hashlib
import hmac
import struct

from Crypto.Hash import SHA1, SHA256
from Crypto.Signature import pkcs1_15
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.asymmetric import ec, padding

WEBHOOK_SECRET = b"loaded-elsewhere"


def sign(private_key, data: bytes) -> bytes:
    # ruleid: weak-signature-hash
    return private_key.sign(data, padding.PKCS1v15(), hashes.SHA1())


def verify(public_key, signature: bytes, data: bytes) -> None:
    # ruleid: weak-signature-hash
    public_key.verify(signature, data, padding.PKCS1v15(), hashes.MD5())


def sign_ec(private_key, data: bytes) -> bytes:
    # ruleid: weak-signature-hash
    return private_key.sign(data, ec.ECDSA(hashes.SHA1()))


def make_cert(builder: x509.CertificateBuilder, key):
    # ruleid: weak-signature-hash
    return builder.sign(key, hashes.SHA1())


def sign_pycryptodome(key, data: bytes) -> bytes:
    # ruleid: weak-signature-hash
    return pkcs1_15.new(key).sign(SHA1.new(data))


def sign_pycryptodome_var(key, data: bytes) -> bytes:
    digest = SHA1.new(data)
    # ruleid: weak-signature-hash
    return pkcs1_15.new(key).sign(digest)


def ok_sign(private_key, data: bytes) -> bytes:
    # ok: weak-signature-hash
    return private_key.sign(data, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256())


def ok_sign_pycryptodome(key, data: bytes) -> bytes:
    # ok: weak-signature-hash
    return pkcs1_15.new(key).sign(SHA256.new(data))


def ok_cert(builder: x509.CertificateBuilder, key):
    # ok: weak-signature-hash
    return builder.sign(key, hashes.SHA256())


def webhook_signature(body: bytes) -> str:
    # ruleid: weak-hmac-hash
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha1).hexdigest()


def legacy_mac(key: bytes, body: bytes) -> bytes:
    # ruleid: weak-hmac-hash
    return hmac.new(key, body, digestmod="md5").digest()


def legacy_mac_crypto(key: bytes, body: bytes) -> bytes:
    # ruleid: weak-hmac-hash
    h = crypto_hmac.HMAC(key, hashes.SHA1())
    h.update(body)
    return h.finalize()


def sign_params(params: dict, api_secret: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    # ruleid: weak-hmac-hash
    return hashlib.md5((query + api_secret).encode()).hexdigest()


def ok_webhook_signature(body: bytes) -> str:
    # ok: weak-hmac-hash
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def ok_file_checksum(path: str) -> str:
    with open(path, "rb") as fh:
        # ok: weak-hmac-hash
        return hashlib.md5(fh.read()).hexdigest()


def ok_cache_key(cache_key: str) -> str:
    # ok: weak-hmac-hash
    return hashlib.sha1(cache_key.encode()).hexdigest()


def ok_mac(key: bytes, body: bytes) -> bytes:
    # ok: weak-hmac-hash
    return hmac.digest(key, body, "sha256")


def hotp(key: bytes, counter: int, digits: int = 6) -> str:
    # ok: weak-hmac-hash
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    return str((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 10 ** digits).zfill(digits)


def _totp_code(secret: bytes, step: int) -> bytes:
    # ok: weak-hmac-hash
    return hmac.new(secret, step.to_bytes(8, "big"), hashlib.sha1).digest()


def sign_counter(key: bytes, counter: int) -> str:
    # ruleid: weak-hmac-hash
    return hmac.new(key, struct.pack(">Q", counter) + b"payload", hashlib.sha1).hexdigest()


def sign_webhook(key: bytes, body: bytes) -> str:
    # ruleid: weak-hmac-hash
    return hmac.new(key, body, hashlib.sha1).hexdigest()
