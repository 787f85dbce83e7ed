//! A PostgreSQL + PostGIS server for the tests (`cli/tests/postgis.rs`, `cli/tests/sources.rs`):
//! `SAALE_PG` (a libpq connection string to a database where PostGIS may be created), else a
//! throwaway cluster started here (`initdb` + `pg_ctl`, a Unix socket in a temporary directory,
//! no TCP) with the binaries of `SAALE_PG_BIN` or `/usr/lib/postgresql/*/bin` (as user
//! `postgres` when run as root, since initdb refuses root). Without them [`server`] gives
//! `None` (the test skips), and fails when `SAALE_REQUIRE_PEERS` is set.

use std::path::PathBuf;
use std::process::Command;

/// A throwaway PostgreSQL cluster, stopped when dropped.
pub struct Cluster {
    bin: PathBuf,
    data: PathBuf,
    /// Run the server's programs as this user (root cannot run initdb).
    user: Option<String>,
    _dir: tempfile::TempDir,
}

impl Cluster {
    fn command(&self, program: &str) -> Command {
        let exe = self.bin.join(program);
        match &self.user {
            Some(u) => {
                let mut c = Command::new("runuser");
                c.args(["-u", u, "--"]).arg(exe);
                c
            }
            None => Command::new(exe),
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .args(["-D"])
            .arg(&self.data)
            .args(["-m", "immediate", "-w", "stop"])
            .output();
    }
}

/// Where the test writes: a connection string, the `psql` to check with, and the cluster
/// it started (if any).
pub struct Server {
    /// The libpq connection string.
    pub conninfo: String,
    /// The psql to check with.
    pub psql: PathBuf,
    /// The cluster started here (None: `SAALE_PG`).
    pub _cluster: Option<Cluster>,
}

impl Server {
    /// Run SQL; rows of `|`-separated cells.
    pub fn sql(&self, sql: &str) -> Vec<Vec<String>> {
        let out = Command::new(&self.psql)
            .args(["-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-d"])
            .arg(&self.conninfo)
            .args(["-c", sql])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "psql {sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| l.split('|').map(str::to_string).collect())
            .collect()
    }

    pub fn one(&self, sql: &str) -> String {
        let rows = self.sql(sql);
        assert_eq!(rows.len(), 1, "{sql}: {rows:?}");
        rows[0][0].clone()
    }
}

fn skip(why: &str) -> Option<Server> {
    assert!(
        std::env::var("SAALE_REQUIRE_PEERS").is_err(),
        "PostgreSQL + PostGIS is required (SAALE_REQUIRE_PEERS is set): {why}"
    );
    eprintln!("skipping: {why}");
    None
}

/// The PostgreSQL binaries: `SAALE_PG_BIN`, else the newest `/usr/lib/postgresql/N/bin`.
fn pg_bin() -> Option<PathBuf> {
    if let Some(b) = std::env::var_os("SAALE_PG_BIN") {
        let b = PathBuf::from(b);
        return b.join("initdb").is_file().then_some(b);
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let v: u32 = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").is_file().then_some((v, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, b)| b)
}

fn uid() -> u32 {
    let out = Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

pub fn server() -> Option<Server> {
    let bin = pg_bin();
    let psql = bin
        .as_ref()
        .map(|b| b.join("psql"))
        .filter(|p| p.is_file())
        .or_else(|| super::have("psql").then(|| PathBuf::from("psql")));
    if let Ok(conninfo) = std::env::var("SAALE_PG") {
        let Some(psql) = psql else {
            return skip("SAALE_PG is set but psql is not installed");
        };
        let s = Server {
            conninfo,
            psql,
            _cluster: None,
        };
        s.sql("CREATE EXTENSION IF NOT EXISTS postgis");
        return Some(s);
    }
    let Some(bin) = bin else {
        return skip("no PostgreSQL server binaries (initdb in SAALE_PG_BIN or /usr/lib/postgresql/*/bin; apt install postgresql-15 postgresql-15-postgis-3)");
    };
    let Some(psql) = psql else {
        return skip("psql is not installed");
    };
    // PostGIS is an extension of this server.
    let share = Command::new(bin.join("pg_config"))
        .arg("--sharedir")
        .output()
        .ok()
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    if !share.is_some_and(|s| s.join("extension/postgis.control").is_file()) {
        return skip(&format!(
            "PostGIS is not installed for the server in {} (apt install postgresql-15-postgis-3)",
            bin.display()
        ));
    }
    // In /tmp: a Unix socket path has at most 107 bytes, and user postgres must reach it.
    let dir = tempfile::Builder::new()
        .prefix("saale-pg")
        .tempdir_in("/tmp")
        .unwrap();
    let user = if uid() == 0 {
        // initdb refuses root: the cluster belongs to `postgres`.
        let out = Command::new("id")
            .args(["-u", "postgres"])
            .output()
            .unwrap();
        let Ok(pg_uid) = String::from_utf8_lossy(&out.stdout).trim().parse::<u32>() else {
            return skip("running as root and there is no user 'postgres' to run initdb as");
        };
        let gid = Command::new("id")
            .args(["-g", "postgres"])
            .output()
            .unwrap();
        let pg_gid: u32 = String::from_utf8_lossy(&gid.stdout).trim().parse().unwrap();
        std::os::unix::fs::chown(dir.path(), Some(pg_uid), Some(pg_gid)).unwrap();
        Some("postgres".to_string())
    } else {
        None
    };
    let data = dir.path().join("data");
    let cluster = Cluster {
        bin,
        data: data.clone(),
        user,
        _dir: dir,
    };
    let sock = cluster.data.parent().unwrap().to_path_buf();
    let out = cluster
        .command("initdb")
        .arg("-D")
        .arg(&data)
        .args(["-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "initdb: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Only the Unix socket in the private directory: no port is taken on the machine.
    let port = 20_000 + std::process::id() % 20_000;
    let out = cluster
        .command("pg_ctl")
        .arg("-D")
        .arg(&data)
        .arg("-l")
        .arg(sock.join("server.log"))
        .arg("-o")
        .arg(format!(
            "-k {} -p {port} -c listen_addresses='' -c fsync=off",
            sock.display()
        ))
        .args(["-w", "start"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pg_ctl start: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(sock.join("server.log")).unwrap_or_default()
    );
    let s = Server {
        conninfo: format!(
            "dbname=postgres host={} port={port} user=postgres",
            sock.display()
        ),
        psql,
        _cluster: Some(cluster),
    };
    s.sql("CREATE EXTENSION postgis");
    Some(s)
}
