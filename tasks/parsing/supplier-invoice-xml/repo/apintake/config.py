"""Buyer details printed on remittance advice."""

BUYER_NAME = "{{ org_name }}"
BUYER_COUNTRY = "{{ org_country_code }}"
BUYER_ADDRESS = "{{ org_address }}"
DEFAULT_CURRENCY = "{{ currency }}"
