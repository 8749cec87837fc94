# syntax=docker/dockerfile:1
# PiaoPerformance image: build with the .NET 10 SDK, run on Debian 12 with Chromium/Ghostscript for PDF export.
#   docker build -t piao-performance .      (or: docker compose up --build)
# Not built on the development machines (they have no Docker engine): keep it simple and in step with
# scripts/run (same Debian packages).

# ---- build -------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# node + npm: the MSBuild build runs "npm ci" for the front-end assets (build/FrontEndAssets.targets).
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
ENV DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
WORKDIR /src
COPY . .
RUN dotnet publish src/PiaoPerformance.Web/PiaoPerformance.Web.csproj -c Release -o /app/publish /p:UseAppHost=false

# ---- runtime -----------------------------------------------------------------------------------------------
# .NET 10 images are Ubuntu 24.04 only, where apt "chromium" is a snap stub that cannot run in a container.
# So the runtime stage is Debian 12 (as on the development machines: chromium at /usr/bin/chromium,
# Ghostscript 10.00) with the ASP.NET Core runtime copied from the official aspnet:10.0 image.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS aspnet

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates libc6 libgcc-s1 libicu72 libssl3 libstdc++6 tzdata zlib1g \
        chromium fonts-dejavu-core ghostscript poppler-utils \
    && rm -rf /var/lib/apt/lists/*
COPY --from=aspnet /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \
    && groupadd --system --gid 1654 app \
    && useradd --system --uid 1654 --gid app --create-home --home-dir /home/app --shell /usr/sbin/nologin app
ENV DOTNET_ROOT=/usr/share/dotnet \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    TZ=Europe/Rome
WORKDIR /app
COPY --from=build --chown=app:app /app/publish .
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "PiaoPerformance.Web.dll"]
