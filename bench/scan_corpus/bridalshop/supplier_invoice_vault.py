"""Encrypts supplier invoices (bank details included) before archiving to S3."""
from __future__ import annotations

import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class VaultConfig:
    bucket = os.environ.get("INVOICE_BUCKET", "bridal-invoices")
    prefix = "suppliers/"
    iv = b"BoutiqueVault-01"

    @staticmethod
    def key() -> bytes:
        return bytes.fromhex(os.environ["INVOICE_VAULT_KEY"])


@dataclass
class ArchivedInvoice:
    supplier: str
    invoice_no: str
    s3_key: str


class InvoiceVault:
    def __init__(self, config: type[VaultConfig] = VaultConfig, s3=None) -> None:
        self.config = config
        self.s3 = s3 or boto3.client("s3")

    def _encryptor(self):
        cipher = Cipher(algorithms.AES(self.config.key()), modes.CBC(self.config.iv))
        return cipher.encryptor()

    def _decryptor(self):
        cipher = Cipher(algorithms.AES(self.config.key()), modes.CBC(self.config.iv))
        return cipher.decryptor()

    def archive(self, supplier: str, invoice_no: str, pdf_bytes: bytes) -> ArchivedInvoice:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(pdf_bytes) + padder.finalize()
        enc = self._encryptor()
        body = enc.update(padded) + enc.finalize()
        key = f"{self.config.prefix}{supplier}/{invoice_no}.pdf.enc"
        self.s3.put_object(Bucket=self.config.bucket, Key=key, Body=body)
        return ArchivedInvoice(supplier=supplier, invoice_no=invoice_no, s3_key=key)

    def fetch(self, archived: ArchivedInvoice) -> bytes:
        obj = self.s3.get_object(Bucket=self.config.bucket, Key=archived.s3_key)
        dec = self._decryptor()
        padded = dec.update(obj["Body"].read()) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
