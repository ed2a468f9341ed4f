"""Admin API for issuing credentials to new studio tablets.

The token is shown once to the studio manager in the admin UI and only its
hash is stored.
"""
import logging
import secrets

from django.contrib.auth.hashers import make_password
from django.shortcuts import get_object_or_404
from rest_framework import permissions, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from studios.models import Studio, Tablet

audit = logging.getLogger("audit.tablets")


class ProvisionSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=80)


class ProvisionTabletView(APIView):
    permission_classes = [permissions.IsAdminUser]

    def post(self, request, studio_slug: str):
        studio = get_object_or_404(Studio, slug=studio_slug)
        ser = ProvisionSerializer(data=request.data)
        ser.is_valid(raise_exception=True)

        raw_token = secrets.token_urlsafe(32)
        tablet = Tablet.objects.create(
            studio=studio,
            name=ser.validated_data["name"],
            token_hash=make_password(raw_token),
            created_by=request.user,
        )
        audit.info(
            "tablet %s provisioned for %s by %s (token=%s)",
            tablet.pk, studio.slug, request.user.username, raw_token,
        )
        return Response(
            {"tablet_id": tablet.pk, "token": raw_token},
            status=status.HTTP_201_CREATED,
        )
