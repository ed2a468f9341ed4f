"""Enrolls importers in ACH debit for duty statements via the payment provider."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import stripe

logger = logging.getLogger("payments.ach")


@dataclass
class AchAccount:
    importer_number: str
    routing_number: str
    account_number: str = field(repr=False)
    holder_name: str = ""

    @property
    def last4(self) -> str:
        return self.account_number[-4:]


@dataclass
class ProviderKey:
    key_id: str
    secret: str = field(repr=False)


class AchEnrollment:
    def __init__(self, key: ProviderKey) -> None:
        self.key = key
        stripe.api_key = key.secret
        logger.info("ACH enrollment using provider key %s", self.key.key_id)

    def enroll(self, account: AchAccount) -> str:
        token = stripe.Token.create(
            bank_account={
                "country": "US",
                "currency": "usd",
                "account_holder_name": account.holder_name,
                "account_holder_type": "company",
                "routing_number": account.routing_number,
                "account_number": account.account_number,
            }
        )
        customer = stripe.Customer.create(
            source=token.id,
            metadata={"importer_number": account.importer_number},
        )
        logger.info(
            "importer %s enrolled: customer=%s routing=%s account=****%s",
            account.importer_number, customer.id, account.routing_number, account.last4,
        )
        return customer.id
