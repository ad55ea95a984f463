//! `ansvar serve` on an ephemeral loopback port: every endpoint answers what the CLI
//! prints, bad input is a located 4xx, a failed plugin a 502 and the next request works,
//! messages are in the language the request asks for, the token and the in-flight bound
//! hold, and SIGTERM lets a request in flight finish.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::{ansvar, root};

/// A running server, stopped (killed) when dropped.
pub(crate) struct Server {
    child: Child,
    pub(crate) addr: String,
}

impl Server {
    pub(crate) fn start(args: &[&str]) -> Server {
        Server::start_with(&[], args)
    }

    /// `global` goes before `serve` (plugins, limits), `args` after it.
    pub(crate) fn start_with(global: &[&std::ffi::OsStr], args: &[&str]) -> Server {
        let mut cmd = ansvar();
        cmd.args(global)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = cmd.spawn().expect("the server starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("first line names the address: {line:?}"))
            .to_string();
        let server = Server { child, addr };
        let start = Instant::now();
        while server.get("/readyz").status != 200 {
            assert!(start.elapsed() < Duration::from_secs(120), "never ready");
            std::thread::sleep(Duration::from_millis(100));
        }
        server
    }

    pub(crate) fn connect(&self) -> TcpStream {
        let s = TcpStream::connect(&self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        s
    }

    pub(crate) fn send(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Reply {
        let mut s = self.connect();
        s.write_all(&request(method, path, headers, body)).unwrap();
        read_reply(&mut s)
    }

    pub(crate) fn get(&self, path: &str) -> Reply {
        self.send("GET", path, &[], b"")
    }

    pub(crate) fn post(&self, path: &str, content_type: &str, body: &[u8]) -> Reply {
        self.send("POST", path, &[("Content-Type", content_type)], body)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn request(method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut r = format!("{method} {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n");
    for (k, v) in headers {
        r.push_str(&format!("{k}: {v}\r\n"));
    }
    r.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut bytes = r.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    /// `error.kind` of an error body.
    fn kind(&self) -> String {
        self.json()["error"]["kind"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}

/// Reads a whole HTTP/1.1 reply (the server closes the connection: `Connection: close`).
fn read_reply(s: &mut TcpStream) -> Reply {
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no head in {:?}", String::from_utf8_lossy(&raw)));
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = b.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(std::str::from_utf8(&b[..eol]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + size]);
        b = &b[eol + 2 + size + 2..];
    }
}

/// What the CLI prints for `args` with `--format json`.
fn cli_json(args: &[&str]) -> Value {
    let out = ansvar()
        .current_dir(root())
        .args(["--format", "json"])
        .args(args)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The report's file paths differ (a file for the CLI, `request.json` for the server).
fn without_paths(mut v: Value) -> Value {
    for f in v["files"].as_array_mut().into_iter().flatten() {
        f["path"] = Value::Null;
    }
    v
}

const WHO: &str =
    "/api/v1/who?region=helse-bergen&task=diagnosespesifikk-opplaering&kommune=Bergen&explain=true";

#[test]
fn every_endpoint_answers_what_the_cli_prints() {
    let s = Server::start(&[]);
    assert_eq!(s.get("/healthz").json()["status"], "ok");
    assert_eq!(s.get("/readyz").json()["status"], "ready");

    let spec = s.get("/api/openapi.json");
    let file = std::fs::read(root().join("schemas/openapi.json")).unwrap();
    assert_eq!(
        spec.body, file,
        "the served document is schemas/openapi.json"
    );

    assert_eq!(s.get("/api/v1/regions").json(), cli_json(&["regions"]));

    let cli = cli_json(&[
        "who",
        "--region",
        "helse-bergen",
        "--task",
        "diagnosespesifikk-opplaering",
        "--kommune",
        "Bergen",
        "--explain",
    ]);
    let got = s.get(WHO);
    assert_eq!(got.status, 200);
    assert_eq!(got.json(), cli);
    let posted = s.post(
        "/api/v1/who",
        "application/json",
        br#"{"region": "helse-bergen", "task": "diagnosespesifikk-opplaering", "kommune": "Bergen", "explain": true}"#,
    );
    assert_eq!(posted.json(), cli);

    let agreement = "agreements/helse-bergen/saeravtale-lm-nettverk.json";
    let r = s.post(
        "/api/v1/agreements/check",
        "application/json",
        &std::fs::read(root().join(agreement)).unwrap(),
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        without_paths(r.json()),
        without_paths(cli_json(&["check", agreement]))
    );

    let pathway = "agreements/helse-bergen/pathways/kols.json";
    let r = s.post(
        "/api/v1/pathways/check",
        "application/json",
        &std::fs::read(root().join(pathway)).unwrap(),
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        without_paths(r.json()),
        without_paths(cli_json(&["pathway", "check", pathway]))
    );

    // JSON Lines in, JSON Lines out: the records of `--format jsonl`, in order.
    let lines = "tests/fixtures/pathways/mixed.jsonl";
    let r = s.post(
        "/api/v1/pathways/check",
        "application/x-ndjson",
        &std::fs::read(root().join(lines)).unwrap(),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/x-ndjson"));
    let cli = ansvar()
        .current_dir(root())
        .args(["--format", "jsonl", "pathway", "check", lines])
        .output()
        .unwrap();
    let records = |b: &[u8]| -> Vec<Value> {
        String::from_utf8_lossy(b)
            .lines()
            .map(|l| {
                let mut v: Value = serde_json::from_str(l).unwrap();
                v["file"] = Value::Null;
                v
            })
            .collect()
    };
    let served = records(&r.body);
    assert!(served.len() >= 5);
    assert_eq!(served, records(&cli.stdout));

    for (format, ty) in [
        ("md", "text/markdown"),
        ("html", "text/html"),
        ("json", "application/json"),
    ] {
        let r = s.get(&format!(
            "/api/v1/regions/helse-bergen/matrix?format={format}"
        ));
        assert_eq!(r.status, 200, "{format}");
        assert!(r.header("content-type").unwrap().starts_with(ty));
    }
    let md = ansvar()
        .args(["matrix", "--region", "helse-bergen", "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(
        s.get("/api/v1/regions/helse-bergen/matrix").text(),
        String::from_utf8_lossy(&md.stdout)
    );
}

#[test]
fn bad_input_is_a_located_4xx() {
    let s = Server::start(&[
        "--max-body-bytes",
        "65536",
        "--body-timeout-ms",
        "500",
        "--header-timeout-ms",
        "500",
    ]);
    let check = "/api/v1/agreements/check";

    let r = s.post(check, "application/json", &vec![b' '; 70_000]);
    assert_eq!((r.status, r.kind().as_str()), (413, "too-large"));
    assert_eq!(r.json()["error"]["findings"][0]["location"]["line"], 1);

    let r = s.post(check, "text/plain", b"{}");
    assert_eq!(
        (r.status, r.kind().as_str()),
        (415, "unsupported-media-type")
    );

    // Not UTF-8 on line 2: the finding says where.
    let r = s.post(check, "application/json", b"{\n  \"a\": \"\xff\"}");
    assert_eq!(r.status, 400);
    let f = &r.json()["files"][0]["findings"][0];
    assert_eq!(
        (f["code"].as_str(), f["location"]["line"].as_i64()),
        (Some("not-utf8"), Some(2))
    );

    let r = s.post(check, "application/json", b"{\"region\": \n  [1,");
    assert_eq!(r.status, 400);
    let f = &r.json()["files"][0]["findings"][0];
    assert_eq!(f["code"], "syntax");
    assert_eq!(f["location"]["line"], 2);

    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let r = s.post(
        "/api/v1/pathways/check",
        "application/json",
        deep.as_bytes(),
    );
    assert_eq!(r.status, 400);
    assert!(r.text().contains("nesting deeper than"), "{}", r.text());

    let r = s.post(
        "/api/v1/who",
        "application/json",
        b"{\"region\": 1,\n\"task\": }",
    );
    assert_eq!((r.status, r.kind().as_str()), (400, "invalid-body"));
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("line 2")
    );

    let r = s.get("/api/v1/who?region=helse-bregen&task=kols-opplaering");
    assert_eq!((r.status, r.kind().as_str()), (422, "unknown-region"));
    assert_eq!(r.json()["error"]["suggestions"][0], "helse-bergen");
    let r = s.get("/api/v1/who?region=helse-bergen&task=kols-oplaering");
    assert_eq!((r.status, r.kind().as_str()), (422, "unknown-task"));
    let r = s.get("/api/v1/who?region=helse-bergen&task=kols-opplaering&kommune=Bergn");
    assert_eq!((r.status, r.kind().as_str()), (422, "unknown-kommune"));
    let r = s.get("/api/v1/who?region=helse-bergen&task=kols-opplaering&age=old");
    assert_eq!((r.status, r.kind().as_str()), (400, "invalid-query"));
    let r = s.get("/api/v1/who?region=helse-bergen");
    assert_eq!((r.status, r.kind().as_str()), (400, "invalid-query"));
    let r = s.get("/api/v1/regions/nowhere/matrix");
    assert_eq!(r.status, 404);
    assert_eq!(s.get("/api/v1/nothing").status, 404);

    // A pathway of a region no plugin answers for.
    let r = s.post(
        "/api/v1/pathways/check",
        "application/json",
        br#"{"id": "p", "region": "nowhere", "kommune": "4601", "patient": {}, "steps": [{"id": "a", "task": "kols-opplaering", "planned_owner": "hf"}]}"#,
    );
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.text().contains("unknown-region"));

    // A body that stops coming: 408 after the body timeout.
    let mut c = s.connect();
    c.write_all(b"POST /api/v1/agreements/check HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\"")
        .unwrap();
    let r = read_reply(&mut c);
    assert_eq!((r.status, r.kind().as_str()), (408, "body-timeout"));

    // A head that never ends: the connection is closed after the header timeout.
    let mut c = s.connect();
    c.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n")
        .unwrap();
    let start = Instant::now();
    let mut rest = Vec::new();
    let _ = c.read_to_end(&mut rest);
    assert!(start.elapsed() < Duration::from_secs(10));
    let head = String::from_utf8_lossy(&rest);
    assert!(!head.contains("200 OK"), "{head}");

    // The server still answers.
    assert_eq!(s.get(WHO).status, 200);
}

/// The request's `Accept-Language` as a header list (none for `None`).
fn lang(accept: Option<&str>) -> Vec<(&str, &str)> {
    accept.map(|l| ("Accept-Language", l)).into_iter().collect()
}

/// `error.message` and `error.help` of an error reply.
fn texts(r: &Reply) -> (String, String) {
    let e = &r.json()["error"];
    let text = |k: &str| e[k].as_str().unwrap_or_default().to_string();
    (text("message"), text("help"))
}

/// Everything of an error reply but its texts: status, kind, keys, suggestions, exit
/// code; the same in every language.
fn shape(r: &Reply) -> (u16, String, Vec<String>, Value, Value) {
    let e = &r.json()["error"];
    let mut keys: Vec<String> = e
        .as_object()
        .expect("an error object")
        .keys()
        .cloned()
        .collect();
    keys.sort();
    (
        r.status,
        r.kind(),
        keys,
        e["suggestions"].clone(),
        e["exit_code"].clone(),
    )
}

#[test]
fn accept_language_chooses_the_language_of_the_messages() {
    let s = Server::start(&[]);

    // A missing parameter: the message and its language.
    let missing = "/api/v1/who?region=helse-bergen";
    let none = s.send("GET", missing, &[], b"");
    let en = s.send("GET", missing, &lang(Some("en")), b"");
    let nn = s.send("GET", missing, &lang(Some("nn")), b"");
    assert_eq!((none.status, none.kind().as_str()), (400, "invalid-query"));
    assert_eq!(shape(&en), shape(&none));
    assert_eq!(shape(&nn), shape(&none), "{}", nn.text());
    assert_eq!(texts(&none).0, "`task` is missing");
    assert_eq!(texts(&en), texts(&none));
    assert_eq!(texts(&nn).0, "`task` manglar");
    for (r, id) in [(&none, "en"), (&en, "en"), (&nn, "nn")] {
        assert_eq!(r.header("content-language"), Some(id), "{:?}", r.headers);
        assert!(
            r.header("vary")
                .is_some_and(|v| v.to_ascii_lowercase().contains("accept-language")),
            "{:?}",
            r.headers
        );
    }

    // A body of the wrong type: message and help, both translated.
    let check = "/api/v1/agreements/check";
    let typed = |accept: Option<&str>| {
        let mut headers = vec![("Content-Type", "text/plain")];
        headers.extend(lang(accept));
        s.send("POST", check, &headers, b"{}")
    };
    let (none, en, nn) = (typed(None), typed(Some("en")), typed(Some("nn")));
    assert_eq!(
        (none.status, none.kind().as_str()),
        (415, "unsupported-media-type")
    );
    assert_eq!(shape(&en), shape(&none));
    assert_eq!(shape(&nn), shape(&none));
    assert_eq!(
        texts(&none),
        (
            "this endpoint does not take `text/plain`".to_string(),
            "send the body with `Content-Type: `application/json``".to_string()
        )
    );
    assert_eq!(texts(&en), texts(&none));
    assert_eq!(
        texts(&nn),
        (
            "dette endepunktet tek ikkje imot `text/plain`".to_string(),
            "send innhaldet med `Content-Type: `application/json``".to_string()
        )
    );
    assert_eq!(nn.header("content-language"), Some("nn"));

    // The best of ours by quality value; a header naming none of ours is the default.
    let r = s.send(
        "GET",
        missing,
        &lang(Some("de, nn-NO;q=0.9, en;q=0.5")),
        b"",
    );
    assert_eq!(
        (r.header("content-language"), texts(&r).0.as_str()),
        (Some("nn"), "`task` manglar")
    );
    let r = s.send("GET", missing, &lang(Some("fr, de;q=0.5")), b"");
    assert_eq!(
        (r.header("content-language"), texts(&r).0.as_str()),
        (Some("en"), "`task` is missing")
    );

    // No route (the fallback) and an unknown task (found on a blocking thread).
    let r = s.send("GET", "/api/v1/nothing", &lang(Some("nn")), b"");
    assert_eq!((r.status, r.kind().as_str()), (404, "not-found"));
    assert_eq!(texts(&r).0, "inga rute for GET `/api/v1/nothing`");
    let unknown = "/api/v1/who?region=helse-bergen&task=kols-oplaering";
    let en = s.send("GET", unknown, &lang(Some("en")), b"");
    let nn = s.send("GET", unknown, &lang(Some("nn")), b"");
    assert_eq!((en.status, en.kind().as_str()), (422, "unknown-task"));
    assert_eq!(shape(&nn), shape(&en));
    assert_ne!(texts(&nn).0, texts(&en).0, "{}", nn.text());
    assert_eq!(nn.header("content-language"), Some("nn"));

    // JSON Lines: the same records and codes, the messages in the language asked for.
    let lines = std::fs::read(root().join("tests/fixtures/pathways/mixed.jsonl")).unwrap();
    let streamed = |accept: &str| {
        let headers = [
            ("Content-Type", "application/x-ndjson"),
            ("Accept-Language", accept),
        ];
        let r = s.send("POST", "/api/v1/pathways/check", &headers, &lines);
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-language"), Some(accept));
        String::from_utf8_lossy(&r.body)
            .lines()
            .flat_map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                v["findings"].as_array().cloned().unwrap_or_default()
            })
            .map(|f| (f["code"].clone(), f["message"].clone()))
            .collect::<Vec<(Value, Value)>>()
    };
    let (en, nn) = (streamed("en"), streamed("nn"));
    assert!(!en.is_empty());
    let codes = |f: &[(Value, Value)]| f.iter().map(|(c, _)| c.clone()).collect::<Vec<_>>();
    assert_eq!(codes(&nn), codes(&en));
    assert!(
        en.iter().zip(&nn).any(|((_, a), (_, b))| a != b),
        "no message of the stream is in nynorsk: {nn:?}"
    );
}

#[test]
fn without_accept_language_the_server_speaks_its_own_language() {
    let s = Server::start_with(&[OsStr::new("--lang"), OsStr::new("nb")], &[]);
    let missing = "/api/v1/who?region=helse-bergen";
    let nb = s.send("GET", missing, &[], b"");
    assert_eq!((nb.status, nb.kind().as_str()), (400, "invalid-query"));
    assert_eq!(texts(&nb).0, "`task` mangler");
    assert_eq!(nb.header("content-language"), Some("nb"));
    let en = s.send("GET", missing, &lang(Some("en-GB")), b"");
    assert_eq!(shape(&en), shape(&nb));
    assert_eq!(texts(&en).0, "`task` is missing");
    assert_eq!(en.header("content-language"), Some("en"));
    // The OpenAPI document is English whatever is asked.
    let spec = s.send("GET", "/api/openapi.json", &lang(Some("nn")), b"");
    assert_eq!(spec.header("content-language"), Some("en"));
}

#[test]
fn a_token_is_required_when_given_and_the_in_flight_bound_holds() {
    let dir = tempfile::tempdir().unwrap();
    let token = "0123456789abcdef0123456789abcdef";
    let file = dir.path().join("token");
    std::fs::write(&file, format!("{token}\n")).unwrap();
    let s = Server::start(&[
        "--token-file",
        file.to_str().unwrap(),
        "--max-in-flight",
        "1",
        "--body-timeout-ms",
        "20000",
    ]);
    let r = s.get(WHO);
    assert_eq!((r.status, r.kind().as_str()), (401, "unauthorised"));
    assert_eq!(r.header("www-authenticate"), Some("Bearer"));
    let wrong = format!("Bearer {}", "x".repeat(token.len()));
    assert_eq!(
        s.send("GET", WHO, &[("Authorization", &wrong)], b"").status,
        401
    );
    let right = format!("Bearer {token}");
    assert_eq!(
        s.send("GET", WHO, &[("Authorization", &right)], b"").status,
        200
    );
    assert_eq!(s.get("/healthz").status, 200, "probes need no token");

    // One request in flight (its body half sent) takes the only place.
    let mut held = s.connect();
    let head = format!(
        "POST /api/v1/agreements/check HTTP/1.1\r\nHost: t\r\nAuthorization: {right}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{{"
    );
    held.write_all(head.as_bytes()).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let r = s.send("GET", WHO, &[("Authorization", &right)], b"");
    assert_eq!((r.status, r.kind().as_str()), (503, "overloaded"));
    assert_eq!(r.header("retry-after"), Some("1"));
    held.write_all(b"}").unwrap();
    let r = read_reply(&mut held);
    assert_eq!(r.status, 200);
    assert_eq!(
        s.send("GET", WHO, &[("Authorization", &right)], b"").status,
        200
    );
}

#[test]
fn a_public_address_without_a_token_is_refused() {
    let out = ansvar()
        .args(["serve", "--listen", "0.0.0.0:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("without an access token"), "{err}");
}

#[test]
fn a_failing_plugin_is_a_502_naming_it_and_the_next_request_works() {
    let zoo = crate::zoo::zoo();
    let s = Server::start_with(
        &[
            "--plugin".as_ref(),
            zoo.as_os_str(),
            "--allow-unpinned".as_ref(),
            "--plugin-timeout-ms".as_ref(),
            "300".as_ref(),
        ],
        &[],
    );
    for task in ["panic", "loop", "oom"] {
        let r = s.get(&format!("/api/v1/who?region=zoo&task={task}"));
        assert_eq!(
            (r.status, r.kind().as_str()),
            (502, "plugin-failed"),
            "{task}"
        );
        let message = r.json()["error"]["message"].as_str().unwrap().to_string();
        assert!(message.contains("ansvar_zoo.wasm"), "{message}");
        assert_eq!(s.get(WHO).status, 200, "after {task}");
    }
    // A pathway the zoo panics on: the report names the plugin, with 502.
    let r = s.post(
        "/api/v1/pathways/check",
        "application/json",
        br#"{"id": "z", "region": "zoo", "kommune": "4601", "patient": {"diagnosis": "kreft"}, "steps": [{"id": "a", "task": "kols-opplaering", "planned_owner": "hf"}]}"#,
    );
    assert_eq!(r.status, 502, "{}", r.text());
    assert!(r.text().contains("plugin-failed"));
    assert_eq!(s.get(WHO).status, 200);
}

#[test]
fn sigterm_lets_the_request_in_flight_finish() {
    let mut s = Server::start(&[]);
    let agreement =
        std::fs::read(root().join("agreements/helse-bergen/saeravtale-lm-nettverk.json")).unwrap();
    let mut c = s.connect();
    let mut req = request(
        "POST",
        "/api/v1/agreements/check",
        &[("Content-Type", "application/json")],
        &agreement,
    );
    let rest = req.split_off(req.len() - 10);
    c.write_all(&req).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &s.child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    std::thread::sleep(Duration::from_millis(300));
    c.write_all(&rest).unwrap();
    let r = read_reply(&mut c);
    assert_eq!(r.status, 200);
    let start = Instant::now();
    loop {
        if let Some(status) = s.child.try_wait().unwrap() {
            assert_eq!(status.code(), Some(0));
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "still running");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(TcpStream::connect(&s.addr).is_err(), "no longer listening");
}

/// A client that asks `Expect: 100-continue` before a large upload (curl does) is told to
/// go on before any response: it would otherwise wait out its own timeout.
#[test]
fn a_json_lines_upload_that_expects_100_continue_gets_it_first() {
    let server = Server::start(&[]);
    let line = std::fs::read_to_string(root().join("agreements/helse-bergen/pathways/kols.json"))
        .unwrap()
        .replace('\n', " ");
    let body = format!("{line}\n{line}\n");
    let mut s = server.connect();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(
        s,
        "POST /api/v1/pathways/check HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\
         Content-Type: application/x-ndjson\r\nExpect: 100-continue\r\n\
         Content-Length: {}\r\n\r\n",
        body.len()
    )
    .unwrap();
    let mut first = [0u8; 25];
    s.read_exact(&mut first).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&first),
        "HTTP/1.1 100 Continue\r\n\r\n"
    );
    s.write_all(body.as_bytes()).unwrap();
    let reply = read_reply(&mut s);
    assert_eq!(reply.status, 200);
    assert_eq!(reply.text().lines().count(), 2, "{}", reply.text());
}

/// A `multipart/form-data` body: (field, file name, content) each; its content type.
pub(crate) fn multipart(fields: &[(&str, Option<&str>, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "ansvar-test-boundary-7d3f";
    let mut body = Vec::new();
    for (name, file, data) in fields {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        let head = match file {
            Some(f) => format!(
                "Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            ),
            None => format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n"),
        };
        body.extend_from_slice(head.as_bytes());
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}
