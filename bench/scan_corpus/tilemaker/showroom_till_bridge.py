"""Bridge to the showroom's point-of-sale till.

The showroom till runs the old POS package, which exchanges daily sales
files with head office. Files are encrypted with the shared key configured
on the till, so incoming sales are decrypted here and the price list sent
back is encrypted the same way.
"""
import csv
import io

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

from tilemaker.settings import POS_SHARED_KEY

BLOCK = Blowfish.block_size


def _cipher(iv: bytes):
    return Blowfish.new(POS_SHARED_KEY, Blowfish.MODE_CBC, iv)


def encrypt_price_list(rows: list) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["sku", "description", "price_pence"])
    writer.writeheader()
    writer.writerows(rows)
    iv = get_random_bytes(BLOCK)
    return iv + _cipher(iv).encrypt(pad(buf.getvalue().encode("latin-1"), BLOCK))


def decrypt_sales_file(blob: bytes) -> list:
    iv, body = blob[:BLOCK], blob[BLOCK:]
    text = unpad(_cipher(iv).decrypt(body), BLOCK).decode("latin-1")
    return list(csv.DictReader(io.StringIO(text)))


def daily_totals(blob: bytes) -> dict:
    totals = {}
    for sale in decrypt_sales_file(blob):
        totals[sale["sku"]] = totals.get(sale["sku"], 0) + int(sale["qty"])
    return totals
