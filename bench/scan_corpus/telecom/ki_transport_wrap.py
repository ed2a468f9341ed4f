"""Re-encrypt SIM Ki/OPc pairs under the operator key before loading the HSS staging table."""
import binascii
import os

from Crypto.Cipher import AES

KEY_ENV = "SIM_TRANSPORT_KEY"


def _key() -> bytes:
    key = binascii.unhexlify(os.environ[KEY_ENV])
    if len(key) != 32:
        raise ValueError("SIM transport key must be 256 bits")
    return key


def wrap_record(imsi: str, ki_hex: str, opc_hex: str) -> dict:
    cipher = AES.new(_key(), AES.MODE_GCM)
    cipher.update(imsi.encode("ascii"))
    ciphertext, tag = cipher.encrypt_and_digest(
        binascii.unhexlify(ki_hex) + binascii.unhexlify(opc_hex)
    )
    return {
        "imsi": imsi,
        "nonce": cipher.nonce.hex(),
        "blob": ciphertext.hex(),
        "tag": tag.hex(),
    }


def unwrap_record(record: dict) -> tuple[str, str]:
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=bytes.fromhex(record["nonce"]))
    cipher.update(record["imsi"].encode("ascii"))
    clear = cipher.decrypt_and_verify(bytes.fromhex(record["blob"]), bytes.fromhex(record["tag"]))
    return clear[:16].hex().upper(), clear[16:32].hex().upper()


def wrap_vendor_file(lines):
    """Vendor output lines look like ``IMSI KI OPC`` separated by whitespace."""
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            imsi, ki, opc = line.split()[:3]
            yield wrap_record(imsi, ki, opc)
