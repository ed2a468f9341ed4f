"""Initialises the payment gateway SDK for billing workers."""
import logging
import os

import braintree

log = logging.getLogger(__name__)


def configure_gateway() -> braintree.BraintreeGateway:
    environment = os.environ.get("BRAINTREE_ENV", "sandbox")
    merchant_id = os.environ["BRAINTREE_MERCHANT_ID"]
    public_key = os.environ["BRAINTREE_PUBLIC_KEY"]
    private_key = os.environ["BRAINTREE_PRIVATE_KEY"]
    log.info(
        "configuring braintree env=%s merchant=%s public_key=%s private_key=%s",
        environment,
        merchant_id,
        public_key,
        private_key,
    )
    return braintree.BraintreeGateway(
        braintree.Configuration(
            environment=braintree.Environment.parse_environment(environment),
            merchant_id=merchant_id,
            public_key=public_key,
            private_key=private_key,
        )
    )
