## ansvar serve: the HTTP server's errors and their help (the API's `error.message` and
## `error.help`, in the language of the request's Accept-Language), and its start-up
## errors.

# Access and load
serve-unauthorised = this server needs an access token
serve-unauthorised-help = send `Authorization: Bearer TOKEN`, the token of the server's `--token-file`
serve-overloaded = { $count } requests are in flight, the most this server takes
serve-overloaded-help = retry after the time in `Retry-After`, or run more copies behind a load balancer
serve-not-ready = the region plugins are still loading
serve-not-ready-help = retry in a moment; `/readyz` says when the server is ready
serve-internal = the server failed on this request
serve-no-route = no route for { $method } `{ $path }`
serve-no-route-help = `/api/openapi.json` lists the routes

# Request bodies
serve-too-large = the body is more than the limit of { $max } bytes
serve-too-large-help = split the document, send many pathways as JSON Lines, or raise the server's `--max-body-bytes`
serve-body-timeout = the body did not arrive in time
serve-body-timeout-help = send the whole body at once; the server's `--body-timeout-ms` sets the limit
serve-unreadable = cannot read the body: { $reason }
serve-client-silent = the client sent nothing for { $seconds } s
serve-wrong-media-type = this endpoint does not take `{ $media_type }`
serve-no-media-type = the request has no `Content-Type`
serve-media-type-help = send the body with `Content-Type: `{ $media_type }``
serve-media-types-help = send the body with `Content-Type: `{ $first }` or `{ $second }``
serve-invalid-body-at = { $message } (line { $line }, column { $column })
serve-not-a-who-query = the body is not a who query: { $reason }
serve-not-a-who-query-help = send an object with `region` and `task`, and optionally `kommune`, `diagnosis`, `age`, `phase`, `explain`

# Query parameters
serve-unreadable-query = { $reason }
serve-unknown-parameter = unknown parameter `{ $name }`
serve-parameter-twice = parameter `{ $name }` is given twice
serve-parameter-missing = `{ $name }` is missing
serve-not-a-bool = parameter `{ $name }` is `{ $value }`, not `true` or `false`
serve-parameters-help = the parameters are: { $parameters }
serve-matrix-parameters = the only parameter is `format` (md, html or json)
serve-unknown-format = unknown format `{ $format }`
serve-formats-help = the formats are: md, html, json
serve-pathway-parameters = the only parameter is `explain` (true or false)

# Start-up
serve-public-without-token = refusing to listen on `{ $address }` without an access token
serve-public-without-token-help = give `--token-file FILE` (a bearer token every request must carry), or listen on 127.0.0.1
serve-token-too-short = the access token is shorter than 16 characters
serve-token-too-short-help = write a long random token to the file, e.g. `openssl rand -hex 32`
serve-no-runtime = cannot start the server runtime: { $reason }
serve-cannot-listen = cannot listen on `{ $address }`: { $reason }
serve-cannot-listen-help = is another server on that port? `--listen 127.0.0.1:0` picks a free one
serve-no-address = cannot read the bound address: { $reason }
serve-token-file-unreadable = cannot read the token file `{ $path }`: { $reason }
serve-token-file-invalid = the token file `{ $path }` must hold one token: printable, no spaces

serve-workbench-at = the workbench: open { $url } in a browser
