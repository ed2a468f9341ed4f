"""API key issuance for offtakers pulling delivery nominations from the plant API."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

import boto3
from boto3.dynamodb.conditions import Key


@dataclass(frozen=True)
class OfftakerAccount:
    offtaker_id: str
    legal_name: str
    contract_ref: str


class ApiCredential:
    """A single API key for an offtaker integration."""

    prefix = "h2k_"

    def __init__(self, account: OfftakerAccount) -> None:
        self.account = account
        self._raw: Optional[str] = None

    @property
    def raw_key(self) -> str:
        if self._raw is None:
            self._raw = f"{self.prefix}{uuid.uuid1().hex}"
        return self._raw

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.raw_key.encode("ascii")).hexdigest()


class ApiKeyIssuer:
    """Stores key fingerprints in DynamoDB and hands the raw key to the offtaker once."""

    def __init__(self, table_name: str = "offtaker-api-keys") -> None:
        self.table = boto3.resource("dynamodb").Table(table_name)

    def issue(self, account: OfftakerAccount) -> str:
        cred = ApiCredential(account)
        self.table.put_item(
            Item={
                "fingerprint": cred.fingerprint,
                "offtaker_id": account.offtaker_id,
                "contract_ref": account.contract_ref,
                "issued_at": datetime.now(timezone.utc).isoformat(),
                "active": True,
            }
        )
        return cred.raw_key

    def resolve(self, presented_key: str) -> Optional[str]:
        fp = hashlib.sha256(presented_key.encode("ascii")).hexdigest()
        item = self.table.get_item(Key={"fingerprint": fp}).get("Item")
        if not item or not item.get("active"):
            return None
        return item["offtaker_id"]

    def revoke_all(self, offtaker_id: str) -> int:
        resp = self.table.query(
            IndexName="by-offtaker", KeyConditionExpression=Key("offtaker_id").eq(offtaker_id)
        )
        for item in resp.get("Items", []):
            self.table.update_item(
                Key={"fingerprint": item["fingerprint"]},
                UpdateExpression="SET active = :f",
                ExpressionAttributeValues={":f": False},
            )
        return len(resp.get("Items", []))
