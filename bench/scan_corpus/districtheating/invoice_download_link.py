"""Time-limited download links for housing association invoice PDFs."""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from flask import Flask, abort, request, send_file


@dataclass(frozen=True)
class SignedLink:
    invoice_no: str
    expires: int
    signature: str

    secret_env = "INVOICE_LINK_SECRET"

    @classmethod
    def _key(cls) -> bytes:
        return os.environ[cls.secret_env].encode()

    @classmethod
    def _sign(cls, invoice_no: str, expires: int) -> str:
        msg = f"{invoice_no}:{expires}".encode()
        return hmac.new(cls._key(), msg, hashlib.sha256).hexdigest()

    @classmethod
    def create(cls, invoice_no: str, ttl: int = 900) -> "SignedLink":
        expires = int(time.time()) + ttl
        return cls(invoice_no, expires, cls._sign(invoice_no, expires))

    @classmethod
    def from_query(cls, args) -> "SignedLink":
        return cls(args.get("inv", ""), int(args.get("exp", "0")), args.get("sig", ""))

    def to_query(self) -> str:
        return urlencode({"inv": self.invoice_no, "exp": self.expires, "sig": self.signature})

    @property
    def is_valid(self) -> bool:
        if self.expires < time.time():
            return False
        return self.signature == self._sign(self.invoice_no, self.expires)


app = Flask(__name__)


@app.get("/invoices/download")
def download_invoice():
    link = SignedLink.from_query(request.args)
    if not link.is_valid:
        abort(403)
    pdf_path = app.config["INVOICE_STORE"].path_for(link.invoice_no)
    if pdf_path is None:
        abort(404)
    return send_file(pdf_path, mimetype="application/pdf", download_name=f"{link.invoice_no}.pdf")
