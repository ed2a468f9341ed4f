"""DRF authentication for partner merchant API calls.

Partners send ``Authorization: PartnerKey <public_id>:<api_key>``. The
public id selects the merchant record; the key proves possession.
"""
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed

from merchants.models import PartnerMerchant


class PartnerPrincipal:
    is_authenticated = True

    def __init__(self, merchant: PartnerMerchant):
        self.merchant = merchant
        self.pk = merchant.pk

    def __str__(self) -> str:
        return f"partner:{self.merchant.public_id}"


class PartnerKeyAuthentication(BaseAuthentication):
    keyword = "PartnerKey"

    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header.startswith(self.keyword + " "):
            return None
        try:
            public_id, presented = header[len(self.keyword) + 1:].split(":", 1)
        except ValueError:
            raise AuthenticationFailed("malformed partner credentials")

        merchant = (
            PartnerMerchant.objects.filter(public_id=public_id, is_active=True)
            .only("pk", "public_id", "api_key", "rate_tier")
            .first()
        )
        if merchant is None or merchant.api_key != presented:
            raise AuthenticationFailed("invalid partner credentials")
        return PartnerPrincipal(merchant), None

    def authenticate_header(self, request):
        return self.keyword
