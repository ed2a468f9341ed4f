"""Encrypts recipient phone numbers embedded in the label's 2D barcode.

The driver app scans the label, decrypts the blob with the depot key it
received at login and offers a "call recipient" button without the number
ever being printed in clear on the parcel.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

from courier.keys import depot_key

BLOCK = 16


class PhoneCipher:
    def __init__(self, depot_code: str):
        self.depot_code = depot_code
        self._key = depot_key(depot_code, purpose="label-phone")

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def encrypt(self, e164_number: str) -> str:
        data = pad(e164_number.encode("ascii"), BLOCK)
        blob = self._cipher().encrypt(data)
        return base64.b32encode(blob).decode("ascii").rstrip("=")

    def decrypt(self, token: str) -> str:
        padded = token + "=" * (-len(token) % 8)
        blob = base64.b32decode(padded)
        return unpad(self._cipher().decrypt(blob), BLOCK).decode("ascii")


def label_payload(shipment, depot_code: str) -> dict:
    """Fields that go into the DataMatrix on the 4x6 label."""
    cipher = PhoneCipher(depot_code)
    return {
        "t": shipment.tracking_number,
        "r": shipment.route_code,
        "p": cipher.encrypt(shipment.recipient_phone) if shipment.recipient_phone else None,
        "v": int(os.environ.get("LABEL_PAYLOAD_VERSION", "2")),
    }
