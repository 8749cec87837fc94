# shellcheck shell=bash
# Helper functions shared by scripts/run and scripts/test. Source it, do not run it:
#   . "$(dirname "$0")/lib/common.sh"
#
# Functions:
#   ensure_apt_packages PKG...        install only the missing Debian packages
#   pg_bin_dir                        print the directory holding initdb/pg_ctl (installs apt postgresql if absent)
#   pg_ensure_cluster DATADIR PORT [--fast]
#                                     create once and start a private cluster on 127.0.0.1:PORT (trust auth,
#                                     superuser postgres); prints nothing on stdout
#   pg_stop_cluster DATADIR           stop it (no-op if not running)
#   pg_psql PORT [psql args...]       psql as postgres on 127.0.0.1:PORT (database postgres unless -d)
#   pg_create_database PORT NAME      create database NAME if missing
#   ensure_dotnet_tools               dotnet tool restore when .config/dotnet-tools.json exists
#
# Works as root (PostgreSQL then runs as the system user "postgres") and as a normal user.

if [ -n "${PIAO_COMMON_SH_LOADED:-}" ]; then
    return 0
fi
PIAO_COMMON_SH_LOADED=1

PIAO_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
export DEBIAN_FRONTEND=noninteractive
export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

piao_log() { printf '[piao] %s\n' "$*" >&2; }
piao_warn() { printf '[piao] ATTENZIONE: %s\n' "$*" >&2; }
piao_die() {
    printf '[piao] ERRORE: %s\n' "$*" >&2
    exit 1
}

piao_is_root() { [ "$(id -u)" -eq 0 ]; }

# ---------------------------------------------------------------------------------------------------------------
# Debian packages
# ---------------------------------------------------------------------------------------------------------------

_PIAO_APT_UPDATED=0

# Prints the command prefix needed to run something as root ("" when already root), or fails.
_piao_root_prefix() {
    if piao_is_root; then
        return 0
    fi
    if command -v sudo >/dev/null 2>&1; then
        if sudo -n true >/dev/null 2>&1; then
            echo "sudo -n"
            return 0
        fi
        if [ -t 0 ]; then
            echo "sudo"
            return 0
        fi
    fi
    return 1
}

_piao_pkg_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

_piao_apt_lists_present() {
    compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null 2>&1
}

# ensure_apt_packages PKG... : installs only the packages that dpkg does not report as installed.
# Returns 1 (after a clear message naming the packages) when it cannot install them.
ensure_apt_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        [ -n "$pkg" ] || continue
        _piao_pkg_installed "$pkg" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
        piao_warn "pacchetti mancanti: ${missing[*]} — apt-get non disponibile, installali a mano."
        return 1
    fi
    local prefix
    if ! prefix="$(_piao_root_prefix)"; then
        piao_warn "pacchetti mancanti: ${missing[*]} — servono i permessi di root (sudo) per installarli:"
        piao_warn "  sudo apt-get install -y ${missing[*]}"
        return 1
    fi
    local -a run=()
    if [ -n "$prefix" ]; then
        read -r -a run <<<"$prefix"
    fi
    run+=(env DEBIAN_FRONTEND=noninteractive)
    piao_log "installo i pacchetti Debian mancanti: ${missing[*]}"
    if [ "$_PIAO_APT_UPDATED" -eq 0 ] && ! _piao_apt_lists_present; then
        "${run[@]}" apt-get update -q >&2 || true
        _PIAO_APT_UPDATED=1
    fi
    local -a install=(apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-confdef
        -o Dpkg::Options::=--force-confold "${missing[@]}")
    if ! "${run[@]}" "${install[@]}" >&2; then
        if [ "$_PIAO_APT_UPDATED" -eq 0 ]; then
            # Stale or missing package lists: refresh once and retry.
            _PIAO_APT_UPDATED=1
            "${run[@]}" apt-get update -q >&2 || true
            if "${run[@]}" "${install[@]}" >&2; then
                return 0
            fi
        fi
        piao_warn "installazione non riuscita dei pacchetti: ${missing[*]}"
        return 1
    fi
    return 0
}

# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------------------------

_piao_pg_find_bin_dir() {
    local p real dir
    for p in "$(command -v initdb 2>/dev/null || true)" /usr/local/bin/initdb; do
        if [ -z "$p" ] || [ ! -x "$p" ]; then
            continue
        fi
        real="$(readlink -f "$p")"
        dir="$(dirname "$real")"
        if [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
        dir="$(dirname "$p")"
        if [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    # Debian layout: /usr/lib/postgresql/<version>/bin, newest version first.
    dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
        echo "$dir"
        return 0
    fi
    return 1
}

# pg_bin_dir : prints the directory with initdb and pg_ctl; installs apt postgresql when absent.
pg_bin_dir() {
    if [ -n "${PIAO_PG_BIN_DIR:-}" ] && [ -x "$PIAO_PG_BIN_DIR/pg_ctl" ]; then
        echo "$PIAO_PG_BIN_DIR"
        return 0
    fi
    local dir
    if ! dir="$(_piao_pg_find_bin_dir)"; then
        piao_log "PostgreSQL (initdb/pg_ctl) non trovato: installo il pacchetto Debian postgresql"
        ensure_apt_packages postgresql || return 1
        dir="$(_piao_pg_find_bin_dir)" || {
            piao_warn "PostgreSQL installato ma initdb/pg_ctl non trovati in /usr/lib/postgresql/*/bin"
            return 1
        }
    fi
    PIAO_PG_BIN_DIR="$dir"
    echo "$dir"
}

_piao_abs_path() {
    # Absolute path of $1 (need not exist); the parent is created.
    local parent base
    parent="$(dirname "$1")"
    base="$(basename "$1")"
    mkdir -p "$parent"
    echo "$(cd "$parent" && pwd -P)/$base"
}

_piao_hash() {
    printf '%s' "$1" | sha1sum | cut -c1-12
}

_piao_ensure_postgres_user() {
    getent passwd postgres >/dev/null 2>&1 && return 0
    piao_log "creo l'utente di sistema postgres"
    if command -v useradd >/dev/null 2>&1; then
        useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres ||
            getent passwd postgres >/dev/null 2>&1
    else
        adduser --system --group --home /var/lib/postgresql --shell /bin/bash postgres
    fi
}

# Is directory $2 usable (traversable) by user $1?
_piao_user_can_reach() {
    local user="$1" dir="$2"
    if command -v runuser >/dev/null 2>&1; then
        runuser -u "$user" -- test -x "$dir" 2>/dev/null
    else
        su "$user" -s /bin/sh -c "test -x '$dir'" 2>/dev/null
    fi
}

# Sets PIAO_PG_DATA (data dir actually used), PIAO_PG_SOCK (socket dir), PIAO_PG_USER (OS user running the
# server; empty = the current user) for the requested DATADIR. With $2 = create, creates what is needed.
_piao_pg_layout() {
    local requested="$1" mode="${2:-}" base owner
    requested="$(_piao_abs_path "$requested")"
    PIAO_PG_DATA="$requested"
    PIAO_PG_USER=""
    if piao_is_root; then
        owner=""
        if [ -f "$requested/PG_VERSION" ]; then
            owner="$(stat -c %U "$requested")"
        fi
        if [ -n "$owner" ] && [ "$owner" != root ]; then
            PIAO_PG_USER="$owner"
        else
            [ "$mode" = create ] && _piao_ensure_postgres_user
            PIAO_PG_USER=postgres
        fi
        if [ "$owner" = root ] || ! getent passwd "$PIAO_PG_USER" >/dev/null 2>&1 ||
            ! _piao_user_can_reach "$PIAO_PG_USER" "$(dirname "$requested")"; then
            # The postgres user cannot traverse the parent dirs (for example a repo under /root):
            # use a data dir under /var/tmp, one per requested path.
            PIAO_PG_DATA="/var/tmp/piao-pg-$(_piao_hash "$requested")/$(basename "$requested")"
            PIAO_PG_USER=postgres
            if [ "$mode" = create ]; then
                piao_log "l'utente postgres non raggiunge $(dirname "$requested"): dati PostgreSQL in $PIAO_PG_DATA"
            fi
        fi
    fi
    base="$(dirname "$PIAO_PG_DATA")"
    PIAO_PG_SOCK="$base/run"
    # A unix socket path must stay under ~107 bytes ("/.s.PGSQL.NNNNN" included).
    if [ "${#PIAO_PG_SOCK}" -gt 80 ]; then
        PIAO_PG_SOCK="/tmp/piao-pg-sock-$(_piao_hash "$PIAO_PG_DATA")"
    fi
    if [ "$mode" = create ]; then
        mkdir -p "$base"
        if [ -n "$PIAO_PG_USER" ]; then
            install -d -m 0700 -o "$PIAO_PG_USER" -g "$(id -gn "$PIAO_PG_USER")" "$PIAO_PG_DATA"
            install -d -m 0755 -o "$PIAO_PG_USER" -g "$(id -gn "$PIAO_PG_USER")" "$PIAO_PG_SOCK"
        else
            mkdir -p "$PIAO_PG_DATA" "$PIAO_PG_SOCK"
            chmod 0700 "$PIAO_PG_DATA"
        fi
    fi
}

# Runs a command as the server's OS user (PIAO_PG_USER), from / so no unreadable cwd is involved.
_piao_pg_run() {
    if [ -z "${PIAO_PG_USER:-}" ]; then
        (cd / && "$@")
    elif command -v runuser >/dev/null 2>&1; then
        (cd / && runuser -u "$PIAO_PG_USER" -- "$@")
    else
        local cmd="" arg
        for arg in "$@"; do
            cmd+=" $(printf '%q' "$arg")"
        done
        (cd / && su "$PIAO_PG_USER" -s /bin/bash -c "$cmd")
    fi
}

_piao_pg_pid_alive() {
    # Is the postmaster recorded in DATADIR/postmaster.pid a live postgres process?
    local pidfile="$1/postmaster.pid" pid comm
    [ -f "$pidfile" ] || return 1
    pid="$(head -n 1 "$pidfile" 2>/dev/null | tr -dc '0-9')"
    [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
    comm="$(cat "/proc/$pid/comm" 2>/dev/null || true)"
    case "$comm" in
        postgres | postmaster) return 0 ;;
        *) return 1 ;;
    esac
}

_piao_pg_running_port() {
    sed -n '4p' "$1/postmaster.pid" 2>/dev/null | tr -dc '0-9'
}

_piao_pg_wait_ready() {
    local bindir="$1" port="$2" i
    for ((i = 0; i < 60; i++)); do
        if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.5
    done
    return 1
}

# Quote a value for postgresql.conf.
_piao_pg_conf_quote() {
    printf "'%s'" "${1//\'/\'\'}"
}

# pg_ensure_cluster DATADIR PORT [--fast]
# --fast: fsync/synchronous_commit/full_page_writes off and more connections (test clusters only).
pg_ensure_cluster() {
    local requested="$1" port="$2" fast="${3:-}" bindir locale logfile
    if [ -z "$requested" ] || [ -z "$port" ]; then
        piao_die "uso: pg_ensure_cluster DATADIR PORT [--fast]"
    fi
    bindir="$(pg_bin_dir)" || piao_die "PostgreSQL non disponibile (initdb/pg_ctl)"
    _piao_pg_layout "$requested" create
    local data="$PIAO_PG_DATA" sock="$PIAO_PG_SOCK"
    logfile="$data/server.log"

    if [ ! -f "$data/PG_VERSION" ]; then
        if [ -n "$(ls -A "$data" 2>/dev/null)" ]; then
            piao_die "$data esiste, non è vuota e non contiene un cluster PostgreSQL: rimuovila o svuotala"
        fi
        locale=C
        if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
            locale=C.UTF-8
        fi
        piao_log "creo il cluster PostgreSQL in $data (porta $port, locale $locale)"
        if ! _piao_pg_run "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale="$locale" \
            >"$sock/initdb.log" 2>&1; then
            cat "$sock/initdb.log" >&2
            piao_die "initdb non riuscito"
        fi
        {
            echo ""
            echo "# PiaoPerformance: local settings rewritten by scripts/lib/common.sh at every start"
            echo "include_if_exists 'piao.conf'"
        } | _piao_pg_run tee -a "$data/postgresql.conf" >/dev/null
    fi

    # Already running?
    if _piao_pg_pid_alive "$data"; then
        local running_port
        running_port="$(_piao_pg_running_port "$data")"
        if [ "$running_port" = "$port" ]; then
            if _piao_pg_wait_ready "$bindir" "$port"; then
                piao_log "PostgreSQL già attivo su 127.0.0.1:$port ($data)"
                return 0
            fi
            piao_die "PostgreSQL risulta avviato ma non risponde su 127.0.0.1:$port (log: $logfile)"
        fi
        piao_log "PostgreSQL attivo sulla porta $running_port, richiesta $port: lo riavvio"
        _piao_pg_run "$bindir/pg_ctl" -D "$data" -m fast -w stop >&2 || true
    elif [ -f "$data/postmaster.pid" ]; then
        piao_log "rimuovo un postmaster.pid orfano in $data"
        rm -f "$data/postmaster.pid" "$sock"/.s.PGSQL.*.lock
    fi

    # Settings rewritten at each start (the port may change between runs).
    {
        echo "# written by scripts/lib/common.sh — do not edit"
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $port"
        echo "unix_socket_directories = $(_piao_pg_conf_quote "$sock")"
        if [ "$fast" = --fast ]; then
            echo "fsync = off"
            echo "synchronous_commit = off"
            echo "full_page_writes = off"
            echo "max_connections = 300"
        else
            echo "max_connections = 100"
        fi
    } | _piao_pg_run tee "$data/piao.conf" >/dev/null

    if ! _piao_pg_run "$bindir/pg_ctl" -D "$data" -l "$logfile" -w -t 30 start >/dev/null 2>&1; then
        tail -n 30 "$logfile" >&2 2>/dev/null || true
        piao_die "avvio di PostgreSQL non riuscito (porta $port occupata? log: $logfile)"
    fi
    if ! _piao_pg_wait_ready "$bindir" "$port"; then
        tail -n 30 "$logfile" >&2 2>/dev/null || true
        piao_die "PostgreSQL non accetta connessioni su 127.0.0.1:$port entro 30 s (log: $logfile)"
    fi
    piao_log "PostgreSQL avviato su 127.0.0.1:$port ($data)"
}

# pg_stop_cluster DATADIR
pg_stop_cluster() {
    local requested="$1" bindir
    [ -n "$requested" ] || piao_die "uso: pg_stop_cluster DATADIR"
    _piao_pg_layout "$requested"
    local data="$PIAO_PG_DATA"
    if [ ! -f "$data/PG_VERSION" ]; then
        piao_log "nessun cluster PostgreSQL in $data"
        return 0
    fi
    if ! _piao_pg_pid_alive "$data"; then
        piao_log "PostgreSQL non è attivo ($data)"
        return 0
    fi
    bindir="$(pg_bin_dir)" || piao_die "PostgreSQL non disponibile (pg_ctl)"
    _piao_pg_run "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >&2
    piao_log "PostgreSQL fermato ($data)"
}

# pg_psql PORT [psql args...]
pg_psql() {
    local port="$1" bindir psql
    shift
    bindir="$(pg_bin_dir)" || return 1
    psql="$bindir/psql"
    [ -x "$psql" ] || psql="$(command -v psql)" || piao_die "psql non trovato"
    "$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"
}

# pg_create_database PORT NAME
pg_create_database() {
    local port="$1" name="$2" exists
    exists="$(pg_psql "$port" -tA -v name="$name" <<<"select 1 from pg_database where datname = :'name';")"
    if [ "$exists" != 1 ]; then
        piao_log "creo il database $name"
        pg_psql "$port" -v name="$name" <<<'create database :"name";'
    fi
}

# ---------------------------------------------------------------------------------------------------------------
# .NET
# ---------------------------------------------------------------------------------------------------------------

ensure_dotnet_tools() {
    if [ -f "$PIAO_REPO_ROOT/.config/dotnet-tools.json" ]; then
        (cd "$PIAO_REPO_ROOT" && dotnet tool restore >&2)
    fi
}
