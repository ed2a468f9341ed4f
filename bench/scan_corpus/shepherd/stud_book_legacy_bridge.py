"""Bridge to the breed society's legacy stud book service.

Ram registrations and transfers are pushed to the society's old exchange
endpoint, which only accepts records encrypted with the key it issues to
each member stud.
"""
import base64
import json

import requests
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

from shepherd.settings import settings


class StudBookBridge:
    def __init__(self, member_no: str, key_b64: str, endpoint: str) -> None:
        self.member_no = member_no
        self._key = base64.b64decode(key_b64)
        self.endpoint = endpoint.rstrip("/")

    def _seal(self, record: dict) -> str:
        iv = get_random_bytes(8)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=iv)
        body = cipher.encrypt(pad(json.dumps(record).encode(), DES3.block_size))
        return base64.b64encode(iv + body).decode()

    def _unseal(self, blob: str) -> dict:
        raw = base64.b64decode(blob)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=raw[:8])
        return json.loads(unpad(cipher.decrypt(raw[8:]), DES3.block_size))

    def register_ram(self, ram) -> str:
        record = {
            "member": self.member_no,
            "tag": ram.tag,
            "name": ram.stud_name,
            "sire": ram.sire_tag,
            "dam": ram.dam_tag,
            "born": ram.birth_date.isoformat(),
        }
        resp = requests.post(f"{self.endpoint}/register", data={"payload": self._seal(record)}, timeout=30)
        resp.raise_for_status()
        return self._unseal(resp.json()["payload"])["registration_no"]


def bridge_from_settings() -> StudBookBridge:
    return StudBookBridge(
        member_no=settings.stud_member_no,
        key_b64=settings.stud_exchange_key,
        endpoint=settings.stud_exchange_url,
    )
