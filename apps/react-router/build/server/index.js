import { c as ye, l as __exportAll, n as Mn, t as Mi } from "./assets/node-CYCRA59q.js";
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { Link, Links, Meta, Outlet, Scripts, ScrollRestoration, ServerRouter, UNSAFE_withComponentProps, redirect, useLocation, useNavigate, useRevalidator } from "react-router";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import * as z$1 from "zod/mini";
import Bt from "node:http";
import zs from "node:https";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import * as z from "zod";
// ../../node_modules/.pnpm/@react-router+dev@7.18.7_@react-router+serve@7.18.7_react-router@7.18.7_@types+react@19_d4076f4b55ae7ee959f9d273914cd3d2/node_modules/@react-router/dev/dist/config/defaults/entry.server.node.tsx
var entry_server_node_exports = /* @__PURE__ */ __exportAll({
	default: () => handleRequest,
	streamTimeout: () => streamTimeout
});
var streamTimeout = 5e3;
function handleRequest(request, responseStatusCode, responseHeaders, routerContext, loadContext) {
	if (request.method.toUpperCase() === "HEAD") return new Response(null, {
		status: responseStatusCode,
		headers: responseHeaders
	});
	return new Promise((resolve, reject) => {
		let shellRendered = false;
		let userAgent = request.headers.get("user-agent");
		let readyOption = userAgent && isbot(userAgent) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";
		let timeoutId = setTimeout(() => abort(), 6e3);
		const { pipe, abort } = renderToPipeableStream(/* @__PURE__ */ jsx(ServerRouter, {
			context: routerContext,
			url: request.url
		}), {
			[readyOption]() {
				shellRendered = true;
				const body = new PassThrough({ final(callback) {
					clearTimeout(timeoutId);
					timeoutId = void 0;
					callback();
				} });
				const stream = createReadableStreamFromReadable(body);
				responseHeaders.set("Content-Type", "text/html");
				pipe(body);
				resolve(new Response(stream, {
					headers: responseHeaders,
					status: responseStatusCode
				}));
			},
			onShellError(error) {
				reject(error);
			},
			onError(error) {
				responseStatusCode = 500;
				if (shellRendered) console.error(error);
			}
		});
	});
}
// ../../packages/core/dist/chunk-DY5KU7N3.js
var AuthError = class extends Error {
	name = "AuthError";
	code;
	status;
	retryAfterSeconds;
	constructor(code, message, options = {}) {
		super(scrub(message), options.cause === void 0 ? void 0 : { cause: safeCause(options.cause) });
		this.code = code;
		if (options.status !== void 0) this.status = options.status;
		if (options.retryAfterSeconds !== void 0) this.retryAfterSeconds = options.retryAfterSeconds;
	}
	toJSON() {
		return {
			name: this.name,
			code: this.code,
			message: this.message,
			status: this.status,
			retryAfterSeconds: this.retryAfterSeconds
		};
	}
};
var SECRET_PATTERN = /[\w-]{20,}(?:\.[\w-]+)*|\b\d{4,8}\b/g;
function scrub(text) {
	return text.replace(SECRET_PATTERN, "[redacted]");
}
var MIN_SECRET = 4;
function createRedactor(held) {
	return (text, extra = []) => {
		const secrets = /* @__PURE__ */ new Set();
		for (const value of [...held(), ...extra]) {
			if (typeof value !== "string" || value.length < MIN_SECRET) continue;
			secrets.add(value);
			secrets.add(encodeURIComponent(value));
		}
		for (const secret of [...secrets].sort((a, b) => b.length - a.length)) text = text.split(secret).join("[redacted]");
		return scrub(text);
	};
}
function redactedCause(cause, redact) {
	if (cause instanceof AuthError) return cause;
	const source = cause instanceof Error ? cause : new Error(String(cause));
	const copy = new Error(redact(source.message));
	copy.name = source.name;
	copy.stack = void 0;
	return copy;
}
var safeCause = (cause) => redactedCause(cause, scrub);
var NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var VALUE = /^(?:[\x21-\x7e\x80-\xff](?:[\t\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?)?$/;
function isHeaderValue(value) {
	return typeof value === "string" && VALUE.test(value);
}
function checkHeaders(headers, where) {
	if (headers === void 0 || headers === null) return {};
	const proto = typeof headers === "object" ? Object.getPrototypeOf(headers) : void 0;
	if (proto !== Object.prototype && proto !== null) throw new AuthError("invalid_input", `${where}: headers must be a plain object of strings`);
	for (const [name, value] of Object.entries(headers)) {
		if (!NAME.test(name)) throw new AuthError("invalid_input", `${where}: "${name.slice(0, 40)}" is not a header name`);
		if (!isHeaderValue(value)) throw new AuthError("invalid_input", `${where}: the ${name} header has an invalid value`);
	}
	return headers;
}
function carryable(make) {
	let headers;
	try {
		headers = make();
	} catch {
		return {};
	}
	const kept = {};
	for (const [name, value] of Object.entries(headers ?? {})) if (NAME.test(name) && isHeaderValue(value)) kept[name] = value;
	return kept;
}
var ABSOLUTE$1 = /^(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i;
function parseBase(baseURL) {
	let base;
	try {
		base = new URL(baseURL, globalThis.location?.href);
	} catch {
		if (globalThis.location === void 0 && !ABSOLUTE$1.test(baseURL)) return baseURL;
		throw new AuthError("invalid_input", "createAuthClient: `baseURL` is not a valid URL");
	}
	if (base.protocol !== "https:" && base.protocol !== "http:") throw new AuthError("invalid_input", "createAuthClient: `baseURL` must be an http(s) URL");
	if (base.username || base.password) throw new AuthError("invalid_input", "createAuthClient: `baseURL` must not contain credentials");
	return base;
}
function target(call, base, path, query) {
	if (typeof base === "string") throw new AuthError("invalid_input", `${call}: \`baseURL\` is relative and there is no page to resolve it against`);
	if (typeof path !== "string") throw new AuthError("invalid_input", `${call}: the path must be a string`);
	let url;
	try {
		url = ABSOLUTE$1.test(path) ? new URL(path, base) : new URL(`${base.href.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`);
	} catch {
		throw new AuthError("invalid_input", `${call}: not a valid URL`);
	}
	if (url.origin !== base.origin) throw new AuthError("invalid_input", `${call}: refused, not on the API's origin ${base.origin} (call fetch() directly for other origins)`);
	if (url.username || url.password) throw new AuthError("invalid_input", `${call}: the URL must not contain credentials`);
	for (const [name, value] of Object.entries(query ?? {})) if (value !== void 0 && value !== null) url.searchParams.append(name, String(value));
	return url;
}
function defaultAuthHeaders(context) {
	const headers = {
		"auth-token": context.token,
		"organization-id": context.organizationId
	};
	if (context.accountId) headers["account-id"] = context.accountId;
	return headers;
}
function resolveOptions$1(options) {
	if (!options || typeof options.baseURL !== "string" || !options.baseURL.trim()) throw new AuthError("invalid_input", "createAuthClient: `baseURL` must be a non-empty string");
	parseBase(options.baseURL);
	return {
		baseURL: options.baseURL,
		storageKey: nonEmpty$1(options.storageKey, "storageKey") ?? "auth-state",
		headers: { ...checkHeaders(options.headers, "createAuthClient: `headers`") },
		authHeaders: options.authHeaders ?? defaultAuthHeaders,
		refreshEndpoint: nonEmpty$1(options.refreshEndpoint, "refreshEndpoint") ?? "/identity/user/refresh-token",
		leewayMs: count$1(options.refreshLeewaySeconds, "refreshLeewaySeconds", 60) * 1e3,
		timeoutMs: count$1(options.timeoutMs, "timeoutMs", 15e3),
		fetchTimeoutMs: count$1(options.fetchTimeoutMs, "fetchTimeoutMs", 3e4),
		otp: resolveOtpOptions(options.otp),
		crossTab: options.crossTab
	};
}
function resolveOtpOptions(otp = {}, where = "createAuthClient") {
	return {
		resendCooldownSeconds: count$1(otp.resendCooldownSeconds, "otp.resendCooldownSeconds", 30, 0, where),
		maxSendsPerMinute: count$1(otp.maxSendsPerMinute, "otp.maxSendsPerMinute", 3, 1, where),
		maxAttempts: count$1(otp.maxAttempts, "otp.maxAttempts", 3, 1, where),
		codeLifetimeSeconds: count$1(otp.codeLifetimeSeconds, "otp.codeLifetimeSeconds", 300, 1, where)
	};
}
function nonEmpty$1(value, name, where = "createAuthClient") {
	if (value === void 0) return void 0;
	if (typeof value === "string" && value) return value;
	throw new AuthError("invalid_input", `${where}: \`${name}\` must be a non-empty string`);
}
function count$1(value, name, fallback, min = 0, where = "createAuthClient") {
	if (value === void 0) return fallback;
	if (typeof value === "number" && Number.isFinite(value) && value >= min) return value;
	throw new AuthError("invalid_input", `${where}: \`${name}\` must be a number >= ${min}`);
}
// ../../node_modules/.pnpm/nanostores@1.5.5/node_modules/nanostores/clean-stores/index.js
var clean = Symbol("clean");
// ../../node_modules/.pnpm/nanostores@1.5.5/node_modules/nanostores/atom/index.js
var listenerQueue = [];
var lqIndex = 0;
var batchSeen = null;
var QUEUE_ITEMS_PER_LISTENER = 4;
var nanostoresGlobal = globalThis.nanostoresGlobal ||= { epoch: 0 };
var drainQueue = () => {
	let thrown;
	let i;
	while (lqIndex < listenerQueue.length) {
		i = lqIndex;
		lqIndex += QUEUE_ITEMS_PER_LISTENER;
		let pendingStores = batchSeen?.get(listenerQueue[i]);
		if (pendingStores) {
			if (!pendingStores.has(listenerQueue[i + 1])) continue;
			pendingStores.clear();
		}
		try {
			listenerQueue[i](listenerQueue[i + 1].value, listenerQueue[i + 2], listenerQueue[i + 3]);
		} catch (e) {
			thrown = e;
		}
	}
	listenerQueue.length = lqIndex = 0;
	if (thrown) throw thrown;
};
var batch = (fn) => {
	let outer = !batchSeen;
	if (outer) batchSeen = /* @__PURE__ */ new Map();
	try {
		fn();
	} finally {
		if (outer) try {
			if (listenerQueue.length) drainQueue();
		} finally {
			batchSeen = null;
		}
	}
};
var atom = /* @__NO_SIDE_EFFECTS__ */ (initialValue) => {
	let listeners = [];
	let $atom = {
		eq: Object.is,
		get() {
			if (!$atom.lc) $atom.listen(() => {})();
			return $atom.value;
		},
		init: initialValue,
		lc: 0,
		listen(listener) {
			$atom.lc = listeners.push(listener);
			return () => {
				batchSeen?.get(listener)?.delete($atom);
				for (let i = lqIndex; i < listenerQueue.length;) if (listenerQueue[i] === listener && listenerQueue[i + 1] === $atom) listenerQueue.splice(i, QUEUE_ITEMS_PER_LISTENER);
				else i += QUEUE_ITEMS_PER_LISTENER;
				let index = listeners.indexOf(listener);
				if (~index) {
					listeners.splice(index, 1);
					if (!--$atom.lc) $atom.off();
				}
			};
		},
		notify(oldValue, changedKey) {
			nanostoresGlobal.epoch++;
			let runListenerQueue = !listenerQueue.length && !batchSeen;
			for (let listener of listeners) {
				if (batchSeen) {
					let pendingStores = batchSeen.get(listener);
					if (!pendingStores) batchSeen.set(listener, pendingStores = /* @__PURE__ */ new Set());
					if (pendingStores.has($atom)) continue;
					pendingStores.add($atom);
				}
				listenerQueue.push(listener, $atom, oldValue, batchSeen ? void 0 : changedKey);
			}
			if (runListenerQueue) drainQueue();
		},
		off() {},
		set(newValue) {
			let oldValue = $atom.value;
			if (!$atom.eq(oldValue, newValue)) {
				$atom.value = newValue;
				$atom.notify(oldValue);
			}
		},
		subscribe(listener) {
			let unbind = $atom.listen(listener);
			listener($atom.value);
			return unbind;
		},
		value: initialValue
	};
	if (process.env.NODE_ENV !== "production") $atom[clean] = () => {
		listeners = [];
		$atom.lc = 0;
		$atom.off();
	};
	return $atom;
};
// ../../node_modules/.pnpm/nanostores@1.5.5/node_modules/nanostores/lifecycle/index.js
var MOUNT = 5;
var UNMOUNT = 6;
var REVERT_MUTATION = 10;
var on = (object, listener, eventKey, mutateStore) => {
	object.events = object.events || {};
	if (!object.events[eventKey + REVERT_MUTATION]) object.events[eventKey + REVERT_MUTATION] = mutateStore((eventProps) => {
		object.events[eventKey].reduceRight((event, l) => (l(event), event), {
			shared: {},
			...eventProps
		});
	});
	object.events[eventKey] = object.events[eventKey] || [];
	object.events[eventKey].push(listener);
	return () => {
		let currentListeners = object.events[eventKey];
		let index = currentListeners.indexOf(listener);
		if (~index) {
			currentListeners.splice(index, 1);
			if (!currentListeners.length) {
				object.events[eventKey + REVERT_MUTATION]();
				delete object.events[eventKey + REVERT_MUTATION];
			}
		}
	};
};
var STORE_UNMOUNT_DELAY = 1e3;
var onMount = ($store, initialize) => {
	let listener = (payload) => {
		let destroy = initialize(payload);
		if (destroy) $store.events[UNMOUNT].push(destroy);
	};
	return on($store, listener, MOUNT, (runListeners) => {
		let originListen = $store.listen;
		$store.listen = (...args) => {
			if (!$store.lc && !$store.active) {
				$store.active = true;
				runListeners();
			}
			return originListen(...args);
		};
		let originOff = $store.off;
		$store.events[UNMOUNT] = [];
		$store.off = () => {
			originOff();
			setTimeout(() => {
				if ($store.active && !$store.lc) {
					$store.active = false;
					for (let destroy of $store.events[UNMOUNT]) destroy();
					$store.events[UNMOUNT] = [];
				}
			}, STORE_UNMOUNT_DELAY);
		};
		if (process.env.NODE_ENV !== "production") {
			let originClean = $store[clean];
			$store[clean] = () => {
				for (let destroy of $store.events[UNMOUNT]) destroy();
				$store.events[UNMOUNT] = [];
				$store.active = false;
				originClean();
			};
		}
		return () => {
			$store.listen = originListen;
			$store.off = originOff;
		};
	});
};
// ../../packages/core/dist/chunk-R3TDCJI4.js
function memoryStorage() {
	const map = /* @__PURE__ */ new Map();
	return {
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, value),
		removeItem: (key) => void map.delete(key)
	};
}
function webStorage(kind) {
	try {
		return typeof window === "undefined" ? void 0 : window[kind] ?? void 0;
	} catch {
		return;
	}
}
function resolveStorage(option) {
	if (typeof option === "object") return option;
	if (option === "memory") return memoryStorage();
	return webStorage(option === "session" ? "sessionStorage" : "localStorage") ?? memoryStorage();
}
function isPromise(value) {
	return typeof value?.then === "function";
}
function chain(value, fn) {
	return isPromise(value) ? value.then(fn) : fn(value);
}
var isNewer = (json2) => {
	const v = json2?.v;
	return typeof v === "number" && v > 1;
};
function json(raw) {
	try {
		return raw == null ? void 0 : JSON.parse(raw);
	} catch {}
}
function persisted(adapter, key, schema, onError) {
	let tail;
	const parse = (raw) => {
		if (raw == null) return null;
		const value = json(raw);
		const result = schema.safeParse(value);
		if (result.success) return result.data;
		if (!isNewer(value)) write(null);
		return null;
	};
	const run = (value) => {
		try {
			const result = value === null ? chain(adapter.getItem(key), (raw) => isNewer(json(raw)) ? void 0 : adapter.removeItem(key)) : adapter.setItem(key, JSON.stringify(value));
			if (isPromise(result)) return result.then(() => void 0, onError);
		} catch (error) {
			onError(error);
		}
	};
	function write(value) {
		const result = tail ? tail.then(() => run(value)) : run(value);
		if (isPromise(result)) {
			tail = result;
			result.then(() => {
				if (tail === result) tail = void 0;
			});
		}
		return result;
	}
	return {
		read() {
			try {
				const raw = tail ? tail.then(() => adapter.getItem(key)) : adapter.getItem(key);
				return isPromise(raw) ? raw.then(parse, () => null) : parse(raw);
			} catch {
				return null;
			}
		},
		write
	};
}
function publish(store, value) {
	try {
		store.set(value);
	} catch (error) {
		rethrow(error);
	}
}
function settled(fn) {
	let result;
	let failure;
	try {
		batch(() => {
			try {
				result = fn();
			} catch (error) {
				failure = { error };
			}
		});
	} catch (error) {
		rethrow(error);
	}
	if (failure) throw failure.error;
	return result;
}
function rethrow(error) {
	queueMicrotask(() => {
		throw error;
	});
}
var NO_TOKEN_TIMES = {
	expiresAt: null,
	refreshedAt: null
};
function tokenTimesOf(c) {
	if (!c || c.expiresAt === null) return NO_TOKEN_TIMES;
	return {
		expiresAt: c.expiresAt,
		refreshedAt: c.lifetimeMs === null ? null : c.expiresAt - c.lifetimeMs
	};
}
function createSession() {
	const $session = /* @__PURE__ */ atom({ status: "loading" });
	const $tokenTimes = /* @__PURE__ */ atom(NO_TOKEN_TIMES);
	let credentials = null;
	let generation = 0;
	const notify = (reason) => {
		const current = $session.get();
		const next = credentials ? {
			status: "authenticated",
			email: credentials.email,
			organizationId: credentials.organizationId,
			accountId: credentials.accountId
		} : reason ? {
			status: "unauthenticated",
			reason
		} : current.status === "unauthenticated" ? current : { status: "unauthenticated" };
		if (!sameState(current, next)) publish($session, next);
		const times = tokenTimesOf(credentials);
		const last = $tokenTimes.get();
		if (times.expiresAt !== last.expiresAt || times.refreshedAt !== last.refreshedAt) publish($tokenTimes, times);
	};
	return {
		$session,
		$tokenTimes,
		get credentials() {
			return credentials;
		},
		get generation() {
			return generation;
		},
		replace(next, reason) {
			generation++;
			credentials = next;
			notify(reason);
		},
		update(next) {
			credentials = next;
			notify();
		},
		clearReason() {
			if ($session.get().status === "unauthenticated") publish($session, { status: "unauthenticated" });
		},
		change: settled
	};
}
function sameState(a, b) {
	if (a.status !== b.status) return false;
	if (a.status === "unauthenticated" || b.status === "unauthenticated") return a.reason === b.reason;
	if (a.status !== "authenticated" || b.status !== "authenticated") return true;
	return a.email === b.email && a.organizationId === b.organizationId && a.accountId === b.accountId;
}
var TEXT = /^(?:text\/|application\/(?:xml|xhtml\+xml|javascript))|\+xml|svg/i;
async function readText(response, maxBytes, abort, call) {
	const tooLarge = () => new AuthError("invalid_response", `${call}: ${response.status} response over ${maxBytes / 1024} KiB`, { status: response.status });
	if (!Number.isFinite(maxBytes)) return response.text();
	if (Number(response.headers.get("content-length")) > maxBytes) {
		abort();
		throw tooLarge();
	}
	if (!response.body) return "";
	const reader = response.body.getReader();
	const chunks = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			abort();
			reader.cancel().catch(() => {});
			throw tooLarge();
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return new TextDecoder().decode(bytes);
}
function parseJson(text) {
	if (!text) return void 0;
	try {
		return JSON.parse(text);
	} catch {
		return;
	}
}
async function readAs(response, type, maxBytes, abort, call) {
	if (type === "blob") return response.blob();
	if (type === "arrayBuffer") return response.arrayBuffer();
	const contentType = response.headers.get("content-type") ?? "";
	if (type === "auto" && contentType && !/json/i.test(contentType) && !TEXT.test(contentType)) return response.blob();
	const text = await readText(response, maxBytes, abort, call);
	if (type === "text" || type === "auto" && TEXT.test(contentType)) return text;
	if (type === "json") return parseJson(text);
	if (!text) return void 0;
	const json2 = parseJson(text);
	return json2 === void 0 ? text : json2;
}
function createEmitter() {
	const listeners = /* @__PURE__ */ new Map();
	return {
		on(event, listener) {
			const set = listeners.get(event) ?? /* @__PURE__ */ new Set();
			listeners.set(event, set);
			set.add(listener);
			return () => {
				set.delete(listener);
			};
		},
		emit(event, payload) {
			for (const listener of [...listeners.get(event) ?? []]) try {
				listener(payload);
			} catch (error) {
				queueMicrotask(() => {
					throw error;
				});
			}
		},
		clear: () => listeners.clear(),
		size: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0)
	};
}
var EMAIL$1 = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
var CODE = /^\d{4,8}$/;
function parseEmail(email) {
	const value = typeof email === "string" ? email.trim().toLowerCase() : "";
	if (value.length > 254 || !EMAIL$1.test(value)) throw new AuthError("invalid_input", "Enter a valid email address.");
	return value;
}
function parseCode(code) {
	const value = typeof code === "string" ? code.replace(/\s+/g, "") : "";
	if (!CODE.test(value)) throw new AuthError("invalid_input", "Enter the 4 to 8 digit code.");
	return value;
}
var unsent = /* @__PURE__ */ new WeakSet();
function nothingSent(error) {
	unsent.add(error);
	return error;
}
var wasNothingSent = (error) => typeof error === "object" && error !== null && unsent.has(error);
var MAX_SERVER_WAIT_MS = 36e5;
var serverWaitMs = (error) => Math.min((error.retryAfterSeconds ?? 0) * 1e3, MAX_SERVER_WAIT_MS);
var WINDOW = 6e4;
var sameSend = (a, b) => !!a && !!b && a.sentAt === b.sentAt && a.email === b.email;
var monotonic = () => globalThis.performance?.now() ?? Date.now();
function createOtpFlow(deps) {
	const { options, now } = deps;
	const elapsed = deps.elapsed ?? monotonic;
	const cooldownMs = options.resendCooldownSeconds * 1e3;
	const lifetimeMs = options.codeLifetimeSeconds * 1e3;
	let sends = [];
	const waits = /* @__PURE__ */ new Map();
	let flow = null;
	let ended = null;
	let sending;
	let verifying;
	const recent = () => {
		const t = now();
		sends = sends.filter((at) => at <= t && at > t - WINDOW);
		return sends;
	};
	const sendsLeft = () => Math.max(0, options.maxSendsPerMinute - recent().length);
	const resendAt = (email) => {
		const w = email ? waits.get(email) : void 0;
		const t = now();
		const last = w?.sentAt !== void 0 && w.sentAt <= t ? w.sentAt + cooldownMs : 0;
		const server = w?.retryAt !== void 0 ? Math.min(w.retryAt, t + MAX_SERVER_WAIT_MS) : 0;
		const at = Math.max(last, server);
		return at > t ? at : null;
	};
	const prune = () => {
		for (const email of waits.keys()) if (resendAt(email) === null) waits.delete(email);
	};
	const anchors = /* @__PURE__ */ new Map();
	const age = (f) => {
		const key = `${f.sentAt}:${f.email}`;
		const byClock = now() - f.sentAt;
		let anchor = anchors.get(key);
		if (!anchor) {
			if (-byClock >= lifetimeMs) return Number.POSITIVE_INFINITY;
			anchor = {
				age: Math.max(0, byClock),
				at: elapsed()
			};
			anchors.set(key, anchor);
		}
		return Math.max(byClock, anchor.age + elapsed() - anchor.at);
	};
	const live = (f) => !!f && age(f) < lifetimeMs;
	const current = (f = live(flow) ? flow : null) => ({
		step: f ? f.attemptsLeft > 0 ? "code-sent" : "locked" : "idle",
		email: f?.email ?? null,
		resendAvailableAt: resendAt(f?.email),
		sendsLeft: sendsLeft(),
		attemptsLeft: f?.attemptsLeft ?? options.maxAttempts,
		error: null
	});
	const idle = () => current(null);
	const $otp = /* @__PURE__ */ atom(idle());
	const set = (patch) => publish($otp, {
		...$otp.get(),
		...patch
	});
	function adopt(stored) {
		if (stored) {
			sends = [.../* @__PURE__ */ new Set([...sends, ...stored.sends])].sort((a, b) => a - b);
			for (const { email, ...theirs2 } of stored.emails ?? []) {
				const mine = waits.get(email) ?? {};
				const later = (a, b) => a === void 0 ? b : Math.max(a, b ?? a);
				waits.set(email, {
					sentAt: later(mine.sentAt, theirs2.sentAt),
					retryAt: later(mine.retryAt, theirs2.retryAt)
				});
			}
			if (stored.ended !== void 0) ended = stored.ended;
			const theirs = stored.flow;
			if (theirs && (!sameSend(flow, theirs) || theirs.attemptsLeft < flow.attemptsLeft)) flow = theirs;
		}
		if (flow?.sentAt === ended || !live(flow)) flow = null;
		if (flow && flow.attemptsLeft > options.maxAttempts) flow = {
			...flow,
			attemptsLeft: options.maxAttempts
		};
		prune();
	}
	const write = () => {
		prune();
		const every = [...waits.keys()].map(resendAt);
		deps.store.write({
			v: 1,
			sends: recent(),
			resendAvailableAt: Math.max(0, ...every.map((at) => at ?? 0)) || null,
			retryAt: Math.max(0, ...[...waits.values()].map((w) => w.retryAt ?? 0)) || null,
			...waits.size && { emails: [...waits].map(([email, w]) => ({
				email,
				...w
			})) },
			...flow && { flow },
			...ended !== null && { ended }
		});
	};
	const persist = (change) => chain(deps.store.read(), (stored) => {
		adopt(stored);
		change?.();
		write();
	});
	const refreshed = () => chain(deps.store.read(), adopt);
	const loaded = chain(deps.store.read(), (stored) => {
		adopt(stored);
		if ($otp.get().step === "idle") publish($otp, current());
	});
	function fail(error, patch = {}) {
		set({
			...patch,
			error
		});
		throw error;
	}
	const refuse = (code, message, at, email) => fail(new AuthError(code, message, { retryAfterSeconds: Math.ceil((at - now()) / 1e3) }), {
		sendsLeft: sendsLeft(),
		...email && { resendAvailableAt: at }
	});
	function wait(email, error) {
		if (error.code !== "rate_limited" || error.retryAfterSeconds === void 0) return error;
		const ms = serverWaitMs(error);
		const w = waits.get(email) ?? {};
		waits.set(email, {
			...w,
			retryAt: Math.max(w.retryAt ?? 0, now() + ms)
		});
		return new AuthError("rate_limited", error.message, {
			status: error.status,
			retryAfterSeconds: ms / 1e3,
			cause: error
		});
	}
	async function send(input) {
		await loaded;
		let email;
		try {
			email = parseEmail(input);
		} catch (error) {
			return fail(error);
		}
		const read = refreshed();
		if (isPromise(read)) await read;
		const t = now();
		const until = resendAt(email);
		if (until !== null) refuse("otp_cooldown", "A new code to this email can be requested shortly", until, email);
		const window2 = recent();
		if (window2.length >= options.maxSendsPerMinute) refuse("otp_send_limit", "Too many codes requested from this browser", window2[0] + WINDOW);
		const before = waits.get(email);
		sends.push(t);
		waits.set(email, {
			...before,
			sentAt: t
		});
		write();
		const state = $otp.get();
		set({
			step: "sending",
			error: null
		});
		try {
			const sent = await deps.send(email);
			if (sent?.wait) wait(email, sent.wait);
		} catch (error) {
			const e = wait(email, error);
			persist(() => {
				if (!wasNothingSent(error)) return;
				sends = sends.filter((at) => at !== t);
				const w = waits.get(email);
				if (w?.sentAt === t) waits.set(email, {
					...w,
					sentAt: before?.sentAt
				});
			});
			fail(e, {
				step: state.step,
				resendAvailableAt: resendAt(state.email ?? email),
				sendsLeft: sendsLeft()
			});
		}
		persist(() => {
			flow = {
				email,
				sentAt: t,
				attemptsLeft: options.maxAttempts
			};
		});
		publish($otp, current());
	}
	async function verify(input) {
		if (isPromise(loaded)) await loaded;
		if ($otp.get().step === "sending") fail(new AuthError("otp_not_requested", "Request a code before verifying one"));
		const read = refreshed();
		if (isPromise(read)) await read;
		const f = live(flow) ? flow : null;
		if (!f) {
			reset();
			fail(new AuthError("otp_not_requested", "Request a code before verifying one"));
		}
		if (f.attemptsLeft <= 0) fail(new AuthError("otp_attempts_exhausted", "Too many incorrect codes; request a new one"), { ...current(f) });
		let code;
		try {
			code = parseCode(input);
		} catch (error) {
			return fail(error, { ...current(f) });
		}
		const spend = (by) => persist(() => {
			if (!sameSend(flow, f)) return;
			const attemptsLeft = Math.min(options.maxAttempts, Math.max(0, flow.attemptsLeft - by));
			flow = {
				...flow,
				attemptsLeft
			};
		});
		spend(1);
		set({
			...current(f),
			step: "verifying"
		});
		try {
			await deps.login({
				email: f.email,
				otp: code
			});
		} catch (error) {
			const e = error;
			if (e.code !== "otp_invalid") spend(-1);
			fail(e, { ...current() });
		}
		end(f);
	}
	function end(f) {
		if (f) ended = f.sentAt;
		flow = null;
		anchors.clear();
		persist();
		publish($otp, idle());
	}
	const reset = () => end(flow);
	return {
		$otp,
		sendOtp(email) {
			sending ??= send(email).finally(() => {
				sending = void 0;
			});
			return sending;
		},
		verifyOtp(code) {
			verifying ??= verify(code).finally(() => {
				verifying = void 0;
			});
			return verifying;
		},
		resetOtp: reset,
		async isEmailRegistered(input) {
			const email = parseEmail(input);
			if (!deps.isEmailRegistered) throw new AuthError("invalid_input", "isEmailRegistered: not available in this mode");
			return deps.isEmailRegistered(email);
		}
	};
}
var EXPECTED = /(?:expected|must be(?: an?)?) (string|number|integer|bigint|boolean|object|array|null|date)\b/i;
async function checkSchema(schema, value, root) {
	const result = await schema["~standard"].validate(value);
	if (!result.issues) return {
		ok: true,
		value: result.value
	};
	const issue = result.issues[0];
	let where = root;
	let at = value;
	for (const segment of issue?.path ?? []) {
		const key = typeof segment === "object" ? segment.key : segment;
		const name = String(key);
		where += typeof key === "number" ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
		at = at !== null && typeof at === "object" ? at[key] : void 0;
	}
	const expected = issue?.message.match(EXPECTED)?.[1]?.toLowerCase();
	const kind = at === null ? "null" : Array.isArray(at) ? "array" : typeof at;
	const what = at === void 0 ? "missing" : expected ? `expected ${expected}, got ${kind}` : `unexpected ${kind}`;
	return {
		ok: false,
		problem: `${where}: ${what}`
	};
}
// ../../packages/core/dist/server-session.js
var CSRF_HEADER$1 = "x-auth-state";
var MAX_HANDLER_BYTES = 65536;
var ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i;
var TRANSIENT$1 = /* @__PURE__ */ new Set([
	408,
	409,
	425,
	429,
	500,
	502,
	503,
	504
]);
var CODES = /* @__PURE__ */ new Set([
	"invalid_input",
	"otp_cooldown",
	"otp_send_limit",
	"otp_invalid",
	"otp_attempts_exhausted",
	"otp_not_requested",
	"unauthenticated",
	"session_expired",
	"rate_limited",
	"network",
	"server",
	"invalid_response"
]);
function resolveMount(path) {
	const page = globalThis.location?.href;
	let url;
	try {
		url = new URL(path, page);
	} catch {
		throw new AuthError("invalid_input", "server-session client: `path` must be a path on this page's origin (or an absolute URL where there is no page)");
	}
	if (url.protocol !== "https:" && url.protocol !== "http:") throw new AuthError("invalid_input", "server-session client: `path` must be http(s)");
	if (url.username || url.password || url.search || url.hash) throw new AuthError("invalid_input", "server-session client: `path` must carry no credentials, query or fragment");
	const pageOrigin = page === void 0 ? void 0 : new URL(page);
	if (pageOrigin && /^https?:$/.test(pageOrigin.protocol) && url.origin !== pageOrigin.origin) throw new AuthError("invalid_input", "server-session client: `path` must be on the page's origin (the session cookie is)");
	url.pathname = url.pathname.replace(/\/+$/, "");
	return url;
}
function createEndpoint(options) {
	let mount;
	const base = () => {
		mount ??= resolveMount(options.path);
		return mount;
	};
	if (globalThis.location !== void 0) base();
	const at = (route, query) => {
		const url = new URL(base().href + route);
		for (const [name, value] of Object.entries(query ?? {})) if (value !== void 0 && value !== null) url.searchParams.append(name, String(value));
		return url;
	};
	async function attempt(x, call, url, maxBytes) {
		const controller = new AbortController();
		let timedOut = false;
		const timer = x.timeoutMs > 0 && Number.isFinite(x.timeoutMs) ? setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, x.timeoutMs) : void 0;
		const stop = () => controller.abort();
		if (x.signal?.aborted) controller.abort();
		x.signal?.addEventListener("abort", stop);
		const headers = new Headers(checkHeaders(x.headers, call));
		headers.set(CSRF_HEADER$1, "1");
		if (!headers.has("accept")) headers.set("accept", "application/json");
		try {
			const response = await (options.fetch ?? globalThis.fetch)(url.href, {
				method: x.method,
				headers,
				body: encode$4(x.body, headers),
				signal: controller.signal,
				redirect: "manual",
				credentials: "same-origin",
				cache: "no-store"
			});
			const { status } = response;
			if (response.type === "opaqueredirect" || status >= 300 && status < 400 && status !== 304) {
				controller.abort();
				throw new AuthError("invalid_response", `${call}: ${status || "redirect"}, not followed`, { status: status || void 0 });
			}
			const body = await readAs(response, x.responseType ?? "json", maxBytes, stop, call);
			return {
				call,
				status,
				headers: response.headers,
				body
			};
		} catch (error) {
			if (error instanceof AuthError) throw error;
			throw new AuthError("network", `${call}: ${timedOut ? "timed out" : controller.signal.aborted ? "aborted" : "network error"}`, { cause: redactedCause(error, scrub) });
		} finally {
			clearTimeout(timer);
			x.signal?.removeEventListener("abort", stop);
		}
	}
	async function request(x, maxBytes = Number.POSITIVE_INFINITY) {
		const call = scrub(`[${x.method}] ${x.route}`);
		if ((x.method === "GET" || x.method === "HEAD") && x.body != null) throw new AuthError("invalid_input", `${call}: a ${x.method} request cannot have a body`);
		const url = at(x.route, x.query);
		for (let left = x.retry ?? 0;; left--) try {
			const reply = await attempt(x, call, url, maxBytes);
			if (left > 0 && TRANSIENT$1.has(reply.status)) continue;
			return reply;
		} catch (error) {
			if (left > 0 && error.code === "network" && !x.signal?.aborted) continue;
			throw error;
		}
	}
	return {
		request,
		async call(method, route, body, timeoutMs) {
			const reply = await request({
				method,
				route,
				body,
				timeoutMs
			}, MAX_HANDLER_BYTES);
			const answer = reply.body;
			if (reply.status < 400 && answer?.status === true) return answer.data;
			throw failure$2(reply);
		},
		proxied(call, path) {
			if (typeof path !== "string" || ABSOLUTE.test(path)) throw new AuthError("invalid_input", `${call}: the path must be a path of the API`);
			const route = `/api/${path.replace(/^\/+/, "")}`;
			if (!at(route).pathname.startsWith(`${base().pathname}/api/`)) throw new AuthError("invalid_input", `${call}: the path leaves the API proxy`);
			return route;
		}
	};
}
function failure$2(reply, decided) {
	const { status } = reply;
	const body = reply.body;
	const error = body?.error;
	const named = handlerCode(reply);
	const code = decided ?? (named === "forbidden" ? "invalid_input" : named && CODES.has(named) ? named : status === 429 ? "rate_limited" : status === 401 ? "unauthenticated" : status < 400 ? "invalid_response" : "server");
	const said = typeof error?.message === "string" ? error.message : body?.message;
	const message = typeof said === "string" ? scrub(said).slice(0, 120) : "";
	const wait = error?.retryAfterSeconds;
	return new AuthError(code, `${reply.call}: ${status}${message ? ` ${message}` : ""}`, {
		status,
		retryAfterSeconds: typeof wait === "number" && Number.isFinite(wait) && wait >= 0 ? Math.ceil(wait) : status === 429 ? retryAfter$2(reply.headers) : void 0
	});
}
function handlerCode(reply) {
	const error = reply.body?.error;
	return reply.body?.status === false && typeof error?.code === "string" ? error.code : void 0;
}
function retryAfter$2(headers) {
	const seconds = Number(headers.get("retry-after") ?? NaN);
	return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : void 0;
}
function encode$4(body, headers) {
	if (body === void 0 || body === null) return void 0;
	const proto = typeof body === "object" ? Object.getPrototypeOf(body) : void 0;
	if (!(typeof body === "number" || typeof body === "boolean" || Array.isArray(body) || proto === Object.prototype || proto === null)) return body;
	if (!headers.has("content-type")) headers.set("content-type", "application/json");
	return JSON.stringify(body);
}
function createProxyFetch(deps) {
	async function call(path, options = {}, unwrap) {
		const method = (options.method ?? "GET").toUpperCase();
		const label = scrub(`[${method}] ${path}`);
		const route = deps.endpoint.proxied(label, path);
		const schema = options.schema;
		if (schema !== void 0 && typeof schema?.["~standard"]?.validate !== "function") throw new AuthError("invalid_input", `${label}: schema is not a Standard Schema`);
		await deps.settled();
		if (!deps.signedIn()) throw new AuthError("unauthenticated", `${label}: not signed in`);
		const reply = await deps.endpoint.request({
			method,
			route,
			query: options.query,
			body: options.body,
			headers: options.headers,
			signal: options.signal,
			timeoutMs: options.timeoutMs ?? deps.timeoutMs,
			responseType: unwrap ? "json" : options.responseType ?? "auto",
			retry: options.retry ?? (method === "GET" || method === "HEAD" ? 1 : 0)
		});
		const value = judge(reply, unwrap);
		if (!schema) return value;
		let checked;
		try {
			checked = await checkSchema(schema, value, unwrap ? "data" : "body");
		} catch (error) {
			throw new AuthError("invalid_input", `${label}: schema threw`, { cause: redactedCause(error, scrub) });
		}
		if (!checked.ok) throw detail(failure$2(reply, "invalid_response"), scrub(checked.problem).slice(0, 200));
		return checked.value;
	}
	function judge(reply, unwrap) {
		const { status } = reply;
		if (status >= 400) {
			const named = handlerCode(reply);
			if (status === 401 && (named === "unauthenticated" || named === "session_expired")) {
				deps.lost();
				throw failure$2(reply, named);
			}
			throw failure$2(reply, named === "forbidden" ? "invalid_input" : status === 429 ? "rate_limited" : status === 401 ? "unauthenticated" : "server");
		}
		let value = reply.body;
		if (unwrap && status !== 204) {
			const envelope = value;
			if (!envelope || typeof envelope !== "object" || typeof envelope.status !== "boolean") throw detail(failure$2(reply, "invalid_response"), "not an envelope");
			if (!envelope.status) throw failure$2(reply, "server");
			value = envelope.data;
		}
		return value;
	}
	return {
		fetch: (path, options) => call(path, options, true),
		fetchRaw: (path, options) => call(path, options, false)
	};
}
var detail = (error, what) => new AuthError(error.code, `${error.message}: ${what}`, {
	status: error.status,
	retryAfterSeconds: error.retryAfterSeconds
});
var pending = /* @__PURE__ */ new WeakMap();
function trackSettled(client, settled2) {
	pending.set(client, settled2);
}
function whenSettled(client) {
	const settled2 = pending.get(client);
	return settled2 ? settled2().catch(() => {}) : Promise.resolve();
}
var text = (value) => typeof value === "string" && value.length > 0;
var time = (value) => typeof value === "number" && Number.isFinite(value);
function parseView(value) {
	if (!value || typeof value !== "object") return void 0;
	const v = value;
	if (v.status === "unauthenticated") {
		if (v.reason === "signed-out" || v.reason === "expired") return {
			status: "unauthenticated",
			reason: v.reason
		};
		return v.reason === void 0 ? { status: "unauthenticated" } : void 0;
	}
	if (v.status !== "authenticated" || !text(v.email) || !text(v.organizationId) || !(v.accountId === null || text(v.accountId)) || !time(v.expiresAt) || !time(v.refreshedAt) || !(v.sessionExpiresAt === null || time(v.sessionExpiresAt))) return void 0;
	return {
		status: "authenticated",
		email: v.email,
		organizationId: v.organizationId,
		accountId: v.accountId,
		expiresAt: v.expiresAt,
		refreshedAt: v.refreshedAt,
		sessionExpiresAt: v.sessionExpiresAt
	};
}
var stateOf = (view) => ({
	status: "authenticated",
	email: view.email,
	organizationId: view.organizationId,
	accountId: view.accountId
});
var timesOf = (view) => view ? {
	expiresAt: view.expiresAt,
	refreshedAt: view.refreshedAt
} : {
	expiresAt: null,
	refreshedAt: null
};
var ok$1 = (data) => ({
	success: true,
	data
});
var no = { success: false };
var time2 = (value) => typeof value === "number" && Number.isFinite(value);
var storedView = { safeParse(value) {
	const r = value;
	if (r?.v !== 1) return no;
	if (r.status === void 0 && (r.reason === "signed-out" || r.reason === "expired")) return ok$1({
		v: 1,
		reason: r.reason
	});
	const view = parseView(value);
	return view?.status === "authenticated" ? ok$1({
		v: 1,
		...view
	}) : no;
} };
var storedOtpRecord = { safeParse(value) {
	if (!value || typeof value !== "object") return no;
	const r = value;
	const { flow } = r;
	if (r.v !== 1 || !Array.isArray(r.sends) || !r.sends.every(time2) || !(r.resendAvailableAt === null || time2(r.resendAvailableAt)) || !(r.retryAt === void 0 || r.retryAt === null || time2(r.retryAt)) || !(r.ended === void 0 || time2(r.ended)) || !(r.emails === void 0 || isWaits(r.emails)) || !(flow === void 0 || flow !== null && typeof flow === "object" && typeof flow.email === "string" && flow.email.length > 0 && time2(flow.sentAt) && time2(flow.attemptsLeft) && flow.attemptsLeft >= 0)) return no;
	return ok$1({
		v: 1,
		sends: r.sends,
		resendAvailableAt: r.resendAvailableAt,
		...r.retryAt !== void 0 && { retryAt: r.retryAt },
		...r.emails !== void 0 && { emails: waitsOf(r.emails) },
		...flow && { flow: {
			email: flow.email,
			sentAt: flow.sentAt,
			attemptsLeft: flow.attemptsLeft
		} },
		...r.ended !== void 0 && { ended: r.ended }
	});
} };
var optionalTime = (value) => value === void 0 || time2(value);
var plain = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function isWaits(value) {
	return Array.isArray(value) && value.every((w) => plain(w) && typeof w.email === "string" && w.email.length > 0 && optionalTime(w.sentAt) && optionalTime(w.retryAt));
}
function waitsOf(emails) {
	return emails.map((w) => ({
		email: w.email,
		...w.sentAt !== void 0 && { sentAt: w.sentAt },
		...w.retryAt !== void 0 && { retryAt: w.retryAt }
	}));
}
var MESSAGE$1 = "auth-state:changed";
function createTabChannel(keys, onChange) {
	const win = typeof window === "undefined" ? void 0 : window;
	const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(`auth-state:${keys[0]}`) : null;
	const changed = () => {
		try {
			onChange();
		} catch (error) {
			rethrow(error);
		}
	};
	const onMessage = (event) => {
		if (event.data === MESSAGE$1) changed();
	};
	const onStorage = (event) => {
		if (event.key === null || keys.includes(event.key)) changed();
	};
	channel?.addEventListener("message", onMessage);
	win?.addEventListener("storage", onStorage);
	return {
		notify: () => channel?.postMessage(MESSAGE$1),
		close() {
			channel?.removeEventListener("message", onMessage);
			channel?.close();
			win?.removeEventListener("storage", onStorage);
		}
	};
}
var WHERE = "server-session client";
var LOGOUT_REQUEST_MS$1 = 6e4;
var WAKE_CHECK_MS = 3e4;
function createServerSessionClient(options = {}) {
	if (!options || typeof options !== "object") throw new AuthError("invalid_input", `${WHERE}: options must be an object`);
	const storageKey = nonEmpty$1(options.storageKey, "storageKey", WHERE) ?? "auth-state";
	const timeoutMs = count$1(options.timeoutMs, "timeoutMs", 15e3, 0, WHERE);
	const otpOptions = resolveOtpOptions(options.otp, WHERE);
	const ssr = options.ssr ?? (typeof window === "undefined" && options.fetch === void 0);
	const endpoint = createEndpoint({
		path: nonEmpty$1(options.path, "path", WHERE) ?? "/auth",
		fetch: options.fetch
	});
	const now = () => Date.now();
	const emitter = createEmitter();
	const reportError = (error) => emitter.emit("error", { error: new AuthError("storage", "Storage failed; kept in memory", { cause: error }) });
	const storage = ssr ? memoryStorage() : resolveStorage(options.storage);
	const viewKey = `${storageKey}:view`;
	const stored = persisted(storage, viewKey, storedView, reportError);
	const $session = /* @__PURE__ */ atom({ status: "loading" });
	const $tokenTimes = /* @__PURE__ */ atom(timesOf(null));
	let view = null;
	let generation = 0;
	let signOuts = 0;
	let destroyed = false;
	let lastCheck = 0;
	function show(next, reason) {
		view = next;
		const current = $session.get();
		const state = next ? stateOf(next) : reason ? {
			status: "unauthenticated",
			reason
		} : current.status === "unauthenticated" ? current : { status: "unauthenticated" };
		if (!sameState(current, state)) publish($session, state);
		const times = timesOf(next);
		const last = $tokenTimes.get();
		if (times.expiresAt !== last.expiresAt || times.refreshedAt !== last.refreshedAt) publish($tokenTimes, times);
	}
	let channel;
	let endedBecause;
	function persist(next) {
		stored.write(next ? {
			v: 1,
			...next
		} : endedBecause ? {
			v: 1,
			reason: endedBecause
		} : null);
		channel?.notify();
	}
	function adopt(next, source) {
		settled(() => {
			const before = view;
			const heard = source === "other-tab";
			generation++;
			if (next.status === "unauthenticated") {
				if (!before) return show(null);
				signOuts++;
				const why = next.reason === "signed-out" ? "signed-out" : "expired";
				endedBecause = why;
				show(null, heard && why === "signed-out" ? "other-tab" : why);
				if (!heard) persist(null);
				if (why === "expired") emitter.emit("expired", { reason: heard ? "other-tab" : "refresh_rejected" });
				else emitter.emit("logout", { reason: heard ? "other-tab" : "user" });
				return;
			}
			if (!before) endedBecause = void 0;
			show(next);
			if (!heard && !sameView(before, next)) persist(next);
			if (!before || before.email !== next.email) {
				if (source !== "restore") emitter.emit("login", {
					email: next.email,
					organizationId: next.organizationId,
					accountId: next.accountId,
					expiresAt: next.expiresAt
				});
			} else if (before.refreshedAt !== next.refreshedAt) emitter.emit("refresh", {
				expiresAt: next.expiresAt,
				refreshedAt: next.refreshedAt,
				source: heard ? "other-tab" : "this-tab"
			});
		});
	}
	function follow() {
		chain(stored.read(), (s) => {
			if (destroyed) return;
			if (s && "email" in s) {
				const next = withoutVersion(s);
				if (!sameView(view, next)) adopt(next, "other-tab");
			} else if (view) adopt({
				status: "unauthenticated",
				reason: s?.reason
			}, "other-tab");
			else if (!s) clearReason();
		});
	}
	function clearReason() {
		endedBecause = void 0;
		if ($session.get().status === "unauthenticated") publish($session, { status: "unauthenticated" });
	}
	let checking;
	function check(first = false) {
		checking ??= (async () => {
			const asked = generation;
			lastCheck = now();
			try {
				const next = parseView(await endpoint.call("GET", "/session", void 0, timeoutMs));
				if (!next) throw new AuthError("invalid_response", "[GET] /session: not a session view");
				if (asked === generation && !destroyed) adopt(next, first ? "restore" : "this-tab");
			} catch (error) {
				if ($session.get().status === "loading") show(null);
				throw error;
			}
			return view;
		})().finally(() => {
			checking = void 0;
		});
		return checking;
	}
	const restored = ssr ? void 0 : chain(stored.read(), (s) => {
		if (view) return;
		if (s && "email" in s) show(withoutVersion(s));
		else if (s) {
			endedBecause = s.reason;
			show(null, s.reason);
		}
	});
	const ready = ssr ? Promise.resolve() : (async () => {
		await restored;
		await check(true).catch((error) => emitter.emit("error", { error }));
	})();
	const win = ssr || typeof window === "undefined" ? void 0 : window;
	if (!ssr && (options.crossTab ?? win !== void 0)) channel = createTabChannel([viewKey], follow);
	let switching = Promise.resolve();
	const settledCalls = async () => {
		await ready;
		await switching;
	};
	let leaving = Promise.resolve();
	function change(body, name) {
		if (!view) throw new AuthError("unauthenticated", `${name}: not signed in`);
		adopt({
			...view,
			...body
		}, "this-tab");
		const mine = generation;
		const route = "organizationId" in body ? "/organization" : "/account";
		switching = switching.then(async () => {
			if (generation !== mine) return;
			try {
				const data = parseView(await endpoint.call("POST", route, body, timeoutMs));
				if (!data) throw new AuthError("invalid_response", `[POST] ${route}: not a session view`);
				if (generation === mine && !destroyed) adopt(data, "this-tab");
			} catch (error) {
				if (destroyed) return;
				emitter.emit("error", { error });
				if (generation === mine) await check().catch(() => {});
			}
		});
	}
	async function login(input) {
		const email = parseEmail(input?.email);
		const code = parseCode(input?.otp);
		const epoch = signOuts;
		const next = parseView(await endpoint.call("POST", "/otp/verify", {
			email,
			code
		}, timeoutMs));
		if (next?.status !== "authenticated") throw new AuthError("invalid_response", "[POST] /otp/verify: not a signed-in session view");
		await ready;
		if (signOuts !== epoch) {
			retire();
			throw new AuthError("unauthenticated", "Signed out while signing in");
		}
		adopt(next, "this-tab");
	}
	const retire = () => {
		const request = endpoint.call("POST", "/logout", {}, Math.max(timeoutMs, LOGOUT_REQUEST_MS$1)).catch(() => void 0);
		leaving = Promise.all([leaving, request]);
		return request;
	};
	async function logout() {
		await restored;
		if (view) adopt({
			status: "unauthenticated",
			reason: "signed-out"
		}, "this-tab");
		else {
			generation++;
			signOuts++;
			persist(null);
		}
		let timer;
		await Promise.race([retire(), new Promise((resolve) => {
			timer = setTimeout(resolve, timeoutMs);
		})]);
		clearTimeout(timer);
	}
	const send = async (email) => {
		try {
			await endpoint.call("POST", "/otp/send", { email }, timeoutMs);
		} catch (error) {
			const e = error;
			if (e.code === "otp_cooldown") return { wait: waitFor(e) };
			if (e.code === "otp_send_limit") throw waitFor(e);
			throw e;
		}
	};
	const otp = createOtpFlow({
		send,
		isEmailRegistered: () => Promise.reject(new AuthError("unsupported", "isEmailRegistered: a server-session client cannot look emails up (the handler answers every email alike)")),
		options: otpOptions,
		store: persisted(storage, `${storageKey}:otp`, storedOtpRecord, reportError),
		login,
		now
	});
	const wake = () => {
		if (win?.document?.visibilityState === "hidden" || now() - lastCheck < WAKE_CHECK_MS) return;
		check().catch((error) => emitter.emit("error", { error }));
	};
	const wakeEvents = [
		"visibilitychange",
		"online",
		"focus"
	];
	for (const name of wakeEvents) win?.addEventListener(name, wake);
	const checkId = (id, nullable, name) => {
		if (nullable && id === null || typeof id === "string" && id && isHeaderValue(id)) return;
		throw new AuthError("invalid_input", `${name}: the id must be ${nullable ? "null or " : ""}a non-empty string that can be a header value`);
	};
	const client = {
		$session,
		$otp: otp.$otp,
		initialOtp: {
			step: "idle",
			email: null,
			resendAvailableAt: null,
			sendsLeft: otpOptions.maxSendsPerMinute,
			attemptsLeft: otpOptions.maxAttempts,
			error: null
		},
		$tokenTimes,
		ready,
		sendOtp: otp.sendOtp,
		verifyOtp: otp.verifyOtp,
		resetOtp: otp.resetOtp,
		isEmailRegistered: otp.isEmailRegistered,
		login,
		logout,
		clearSignOutReason() {
			const clear = () => {
				if (view) return;
				clearReason();
				chain(stored.read(), (s) => {
					if (s && "reason" in s) {
						stored.write(null);
						channel?.notify();
					}
				});
			};
			if (isPromise(restored)) restored.then(clear);
			else clear();
		},
		async refresh() {
			await ready;
			if (!await check()) throw new AuthError("unauthenticated", "refresh: not signed in");
		},
		getToken: () => Promise.reject(new AuthError("unsupported", "getToken: a server-session client has no token; the server keeps it. Call the API with auth.fetch (through the handler) or from server code.")),
		...createProxyFetch({
			endpoint,
			timeoutMs: count$1(options.fetchTimeoutMs, "fetchTimeoutMs", 3e4, 0, WHERE),
			settled: settledCalls,
			signedIn: () => view !== null,
			lost: () => adopt({
				status: "unauthenticated",
				reason: "expired"
			}, "this-tab")
		}),
		setOrganization(organizationId) {
			checkId(organizationId, false, "setOrganization");
			change({ organizationId }, "setOrganization");
		},
		setAccount(accountId) {
			checkId(accountId, true, "setAccount");
			change({ accountId }, "setAccount");
		},
		on: emitter.on,
		destroy() {
			destroyed = true;
			for (const name of wakeEvents) win?.removeEventListener(name, wake);
			channel?.close();
			emitter.clear();
		}
	};
	trackSettled(client, async () => {
		await settledCalls();
		await leaving;
	});
	return client;
}
function waitFor(error) {
	return new AuthError("rate_limited", error.message, {
		status: error.status,
		retryAfterSeconds: error.retryAfterSeconds,
		cause: error
	});
}
var withoutVersion = ({ v: _, ...view }) => view;
var sameView = (a, b) => a === b || !!a && !!b && a.email === b.email && a.organizationId === b.organizationId && a.accountId === b.accountId && a.expiresAt === b.expiresAt && a.refreshedAt === b.refreshedAt && a.sessionExpiresAt === b.sessionExpiresAt;
var VERSION = 1;
function encodeCookieSession(s) {
	const fields = [
		VERSION,
		s.email,
		s.organizationId,
		s.accountId,
		s.expiresAt
	];
	return encodeURIComponent(JSON.stringify(s.token ? [...fields, s.token] : fields));
}
function tokenTimes(token, now) {
	const payload = decodePayload(token);
	const exp = seconds$1(payload?.exp);
	if (exp === null) return {
		expiresAt: null,
		lifetimeMs: null
	};
	const iat = seconds$1(payload?.iat);
	if (iat === null || iat > exp) return {
		expiresAt: exp * 1e3,
		lifetimeMs: Math.max(0, exp * 1e3 - now)
	};
	const lifetimeMs = (exp - iat) * 1e3;
	return {
		expiresAt: now + lifetimeMs,
		lifetimeMs
	};
}
var MAX_SECONDS = 864e10;
function seconds$1(value) {
	if (typeof value !== "number" || Number.isNaN(value)) return null;
	return Math.min(MAX_SECONDS, Math.max(-MAX_SECONDS, value));
}
function decodePayload(token) {
	const part = token.split(".")[1];
	if (!part) return null;
	try {
		const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
		const json = JSON.parse(atob(base64.padEnd(base64.length + (4 - base64.length % 4) % 4, "=")));
		return json && typeof json === "object" ? json : null;
	} catch {
		return null;
	}
}
// ../../node_modules/.pnpm/node-fetch-native@1.6.7/node_modules/node-fetch-native/dist/index.mjs
var o = !!globalThis.process?.env?.FORCE_NODE_FETCH;
var r$1 = !o && globalThis.fetch || Mi;
!o && globalThis.Blob;
!o && globalThis.File;
!o && globalThis.FormData;
var n = !o && globalThis.Headers || ye;
!o && globalThis.Request;
!o && globalThis.Response;
var T = !o && globalThis.AbortController || Mn;
// ../../node_modules/.pnpm/destr@2.0.5/node_modules/destr/dist/index.mjs
var suspectProtoRx = /"(?:_|\\u0{2}5[Ff]){2}(?:p|\\u0{2}70)(?:r|\\u0{2}72)(?:o|\\u0{2}6[Ff])(?:t|\\u0{2}74)(?:o|\\u0{2}6[Ff])(?:_|\\u0{2}5[Ff]){2}"\s*:/;
var suspectConstructorRx = /"(?:c|\\u0063)(?:o|\\u006[Ff])(?:n|\\u006[Ee])(?:s|\\u0073)(?:t|\\u0074)(?:r|\\u0072)(?:u|\\u0075)(?:c|\\u0063)(?:t|\\u0074)(?:o|\\u006[Ff])(?:r|\\u0072)"\s*:/;
var JsonSigRx = /^\s*["[{]|^\s*-?\d{1,16}(\.\d{1,17})?([Ee][+-]?\d+)?\s*$/;
function jsonParseTransform(key, value) {
	if (key === "__proto__" || key === "constructor" && value && typeof value === "object" && "prototype" in value) {
		warnKeyDropped(key);
		return;
	}
	return value;
}
function warnKeyDropped(key) {
	console.warn(`[destr] Dropping "${key}" key to prevent prototype pollution.`);
}
function destr(value, options = {}) {
	if (typeof value !== "string") return value;
	if (value[0] === "\"" && value[value.length - 1] === "\"" && value.indexOf("\\") === -1) return value.slice(1, -1);
	const _value = value.trim();
	if (_value.length <= 9) switch (_value.toLowerCase()) {
		case "true": return true;
		case "false": return false;
		case "undefined": return;
		case "null": return null;
		case "nan": return NaN;
		case "infinity": return Number.POSITIVE_INFINITY;
		case "-infinity": return Number.NEGATIVE_INFINITY;
	}
	if (!JsonSigRx.test(value)) {
		if (options.strict) throw new SyntaxError("[destr] Invalid JSON");
		return value;
	}
	try {
		if (suspectProtoRx.test(value) || suspectConstructorRx.test(value)) {
			if (options.strict) throw new Error("[destr] Possible prototype pollution");
			return JSON.parse(value, jsonParseTransform);
		}
		return JSON.parse(value);
	} catch (error) {
		if (options.strict) throw error;
		return value;
	}
}
String.fromCharCode;
var HASH_RE = /#/g;
var AMPERSAND_RE = /&/g;
var SLASH_RE = /\//g;
var EQUAL_RE = /=/g;
var PLUS_RE = /\+/g;
var ENC_CARET_RE = /%5e/gi;
var ENC_BACKTICK_RE = /%60/gi;
var ENC_PIPE_RE = /%7c/gi;
var ENC_SPACE_RE = /%20/gi;
function encode$3(text) {
	return encodeURI("" + text).replace(ENC_PIPE_RE, "|");
}
function encodeQueryValue(input) {
	return encode$3(typeof input === "string" ? input : JSON.stringify(input)).replace(PLUS_RE, "%2B").replace(ENC_SPACE_RE, "+").replace(HASH_RE, "%23").replace(AMPERSAND_RE, "%26").replace(ENC_BACKTICK_RE, "`").replace(ENC_CARET_RE, "^").replace(SLASH_RE, "%2F");
}
function encodeQueryKey(text) {
	return encodeQueryValue(text).replace(EQUAL_RE, "%3D");
}
function decode$1(text = "") {
	try {
		return decodeURIComponent("" + text);
	} catch {
		return "" + text;
	}
}
function decodeQueryKey(text) {
	return decode$1(text.replace(PLUS_RE, " "));
}
function decodeQueryValue(text) {
	return decode$1(text.replace(PLUS_RE, " "));
}
function parseQuery(parametersString = "") {
	const object = /* @__PURE__ */ Object.create(null);
	if (parametersString[0] === "?") parametersString = parametersString.slice(1);
	for (const parameter of parametersString.split("&")) {
		const s = parameter.match(/([^=]+)=?(.*)/) || [];
		if (s.length < 2) continue;
		const key = decodeQueryKey(s[1]);
		if (key === "__proto__" || key === "constructor") continue;
		const value = decodeQueryValue(s[2] || "");
		if (object[key] === void 0) object[key] = value;
		else if (Array.isArray(object[key])) object[key].push(value);
		else object[key] = [object[key], value];
	}
	return object;
}
function encodeQueryItem(key, value) {
	if (typeof value === "number" || typeof value === "boolean") value = String(value);
	if (!value) return encodeQueryKey(key);
	if (Array.isArray(value)) return value.map((_value) => `${encodeQueryKey(key)}=${encodeQueryValue(_value)}`).join("&");
	return `${encodeQueryKey(key)}=${encodeQueryValue(value)}`;
}
function stringifyQuery(query) {
	return Object.keys(query).filter((k) => query[k] !== void 0).map((k) => encodeQueryItem(k, query[k])).filter(Boolean).join("&");
}
var PROTOCOL_STRICT_REGEX = /^[\s\w\0+.-]{2,}:([/\\]{1,2})/;
var PROTOCOL_REGEX = /^[\s\w\0+.-]{2,}:([/\\]{2})?/;
var PROTOCOL_RELATIVE_REGEX = /^([/\\]\s*){2,}[^/\\]/;
var TRAILING_SLASH_RE = /\/$|\/\?|\/#/;
var JOIN_LEADING_SLASH_RE = /^\.?\//;
function hasProtocol(inputString, opts = {}) {
	if (typeof opts === "boolean") opts = { acceptRelative: opts };
	if (opts.strict) return PROTOCOL_STRICT_REGEX.test(inputString);
	return PROTOCOL_REGEX.test(inputString) || (opts.acceptRelative ? PROTOCOL_RELATIVE_REGEX.test(inputString) : false);
}
function hasTrailingSlash(input = "", respectQueryAndFragment) {
	if (!respectQueryAndFragment) return input.endsWith("/");
	return TRAILING_SLASH_RE.test(input);
}
function withoutTrailingSlash(input = "", respectQueryAndFragment) {
	if (!respectQueryAndFragment) return (hasTrailingSlash(input) ? input.slice(0, -1) : input) || "/";
	if (!hasTrailingSlash(input, true)) return input || "/";
	let path = input;
	let fragment = "";
	const fragmentIndex = input.indexOf("#");
	if (fragmentIndex !== -1) {
		path = input.slice(0, fragmentIndex);
		fragment = input.slice(fragmentIndex);
	}
	const [s0, ...s] = path.split("?");
	return ((s0.endsWith("/") ? s0.slice(0, -1) : s0) || "/") + (s.length > 0 ? `?${s.join("?")}` : "") + fragment;
}
function withTrailingSlash(input = "", respectQueryAndFragment) {
	if (!respectQueryAndFragment) return input.endsWith("/") ? input : input + "/";
	if (hasTrailingSlash(input, true)) return input || "/";
	let path = input;
	let fragment = "";
	const fragmentIndex = input.indexOf("#");
	if (fragmentIndex !== -1) {
		path = input.slice(0, fragmentIndex);
		fragment = input.slice(fragmentIndex);
		if (!path) return fragment;
	}
	const [s0, ...s] = path.split("?");
	return s0 + "/" + (s.length > 0 ? `?${s.join("?")}` : "") + fragment;
}
function withBase(input, base) {
	if (isEmptyURL(base) || hasProtocol(input)) return input;
	const _base = withoutTrailingSlash(base);
	if (input.startsWith(_base)) {
		const nextChar = input[_base.length];
		if (!nextChar || nextChar === "/" || nextChar === "?") return input;
	}
	return joinURL(_base, input);
}
function withQuery$1(input, query) {
	const parsed = parseURL(input);
	parsed.search = stringifyQuery({
		...parseQuery(parsed.search),
		...query
	});
	return stringifyParsedURL(parsed);
}
function isEmptyURL(url) {
	return !url || url === "/";
}
function isNonEmptyURL(url) {
	return url && url !== "/";
}
function joinURL(base, ...input) {
	let url = base || "";
	for (const segment of input.filter((url2) => isNonEmptyURL(url2))) if (url) {
		const _segment = segment.replace(JOIN_LEADING_SLASH_RE, "");
		url = withTrailingSlash(url) + _segment;
	} else url = segment;
	return url;
}
var protocolRelative = Symbol.for("ufo:protocolRelative");
function parseURL(input = "", defaultProto) {
	const _specialProtoMatch = input.match(/^[\s\0]*(blob:|data:|javascript:|vbscript:)(.*)/i);
	if (_specialProtoMatch) {
		const [, _proto, _pathname = ""] = _specialProtoMatch;
		return {
			protocol: _proto.toLowerCase(),
			pathname: _pathname,
			href: _proto + _pathname,
			auth: "",
			host: "",
			search: "",
			hash: ""
		};
	}
	if (!hasProtocol(input, { acceptRelative: true })) return defaultProto ? parseURL(defaultProto + input) : parsePath(input);
	const [, protocol = "", auth, hostAndPath = ""] = input.replace(/\\/g, "/").match(/^[\s\0]*([\w+.-]{2,}:)?\/\/([^/@]+@)?(.*)/) || [];
	let [, host = "", path = ""] = hostAndPath.match(/([^#/?]*)(.*)?/) || [];
	if (protocol === "file:") path = path.replace(/\/(?=[A-Za-z]:)/, "");
	const { pathname, search, hash } = parsePath(path);
	return {
		protocol: protocol.toLowerCase(),
		auth: auth ? auth.slice(0, Math.max(0, auth.length - 1)) : "",
		host,
		pathname,
		search,
		hash,
		[protocolRelative]: !protocol
	};
}
function parsePath(input = "") {
	const [pathname = "", search = "", hash = ""] = (input.match(/([^#?]*)(\?[^#]*)?(#.*)?/) || []).splice(1);
	return {
		pathname,
		search,
		hash
	};
}
function stringifyParsedURL(parsed) {
	const pathname = parsed.pathname || "";
	const search = parsed.search ? (parsed.search.startsWith("?") ? "" : "?") + parsed.search : "";
	const hash = parsed.hash || "";
	const auth = parsed.auth ? parsed.auth + "@" : "";
	const host = parsed.host || "";
	return (parsed.protocol || parsed[protocolRelative] ? (parsed.protocol || "") + "//" : "") + auth + host + pathname + search + hash;
}
// ../../node_modules/.pnpm/ofetch@1.5.1/node_modules/ofetch/dist/shared/ofetch.CWycOUEr.mjs
var FetchError = class extends Error {
	constructor(message, opts) {
		super(message, opts);
		this.name = "FetchError";
		if (opts?.cause && !this.cause) this.cause = opts.cause;
	}
};
function createFetchError(ctx) {
	const errorMessage = ctx.error?.message || ctx.error?.toString() || "";
	const method = ctx.request?.method || ctx.options?.method || "GET";
	const url = ctx.request?.url || String(ctx.request) || "/";
	const fetchError = new FetchError(`${`[${method}] ${JSON.stringify(url)}`}: ${ctx.response ? `${ctx.response.status} ${ctx.response.statusText}` : "<no response>"}${errorMessage ? ` ${errorMessage}` : ""}`, ctx.error ? { cause: ctx.error } : void 0);
	for (const key of [
		"request",
		"options",
		"response"
	]) Object.defineProperty(fetchError, key, { get() {
		return ctx[key];
	} });
	for (const [key, refKey] of [
		["data", "_data"],
		["status", "status"],
		["statusCode", "status"],
		["statusText", "statusText"],
		["statusMessage", "statusText"]
	]) Object.defineProperty(fetchError, key, { get() {
		return ctx.response && ctx.response[refKey];
	} });
	return fetchError;
}
var payloadMethods = new Set(Object.freeze([
	"PATCH",
	"POST",
	"PUT",
	"DELETE"
]));
function isPayloadMethod(method = "GET") {
	return payloadMethods.has(method.toUpperCase());
}
function isJSONSerializable(value) {
	if (value === void 0) return false;
	const t = typeof value;
	if (t === "string" || t === "number" || t === "boolean" || t === null) return true;
	if (t !== "object") return false;
	if (Array.isArray(value)) return true;
	if (value.buffer) return false;
	if (value instanceof FormData || value instanceof URLSearchParams) return false;
	return value.constructor && value.constructor.name === "Object" || typeof value.toJSON === "function";
}
var textTypes = /* @__PURE__ */ new Set([
	"image/svg",
	"application/xml",
	"application/xhtml",
	"application/html"
]);
var JSON_RE = /^application\/(?:[\w!#$%&*.^`~-]*\+)?json(;.+)?$/i;
function detectResponseType(_contentType = "") {
	if (!_contentType) return "json";
	const contentType = _contentType.split(";").shift() || "";
	if (JSON_RE.test(contentType)) return "json";
	if (contentType === "text/event-stream") return "stream";
	if (textTypes.has(contentType) || contentType.startsWith("text/")) return "text";
	return "blob";
}
function resolveFetchOptions(request, input, defaults, Headers) {
	const headers = mergeHeaders(input?.headers ?? request?.headers, defaults?.headers, Headers);
	let query;
	if (defaults?.query || defaults?.params || input?.params || input?.query) query = {
		...defaults?.params,
		...defaults?.query,
		...input?.params,
		...input?.query
	};
	return {
		...defaults,
		...input,
		query,
		params: query,
		headers
	};
}
function mergeHeaders(input, defaults, Headers) {
	if (!defaults) return new Headers(input);
	const headers = new Headers(defaults);
	if (input) for (const [key, value] of Symbol.iterator in input || Array.isArray(input) ? input : new Headers(input)) headers.set(key, value);
	return headers;
}
async function callHooks(context, hooks) {
	if (hooks) {
		if (Array.isArray(hooks)) for (const hook of hooks) await hook(context);
		else await hooks(context);
	}
}
var retryStatusCodes = /* @__PURE__ */ new Set([
	408,
	409,
	425,
	429,
	500,
	502,
	503,
	504
]);
var nullBodyResponses = /* @__PURE__ */ new Set([
	101,
	204,
	205,
	304
]);
function createFetch(globalOptions = {}) {
	const { fetch = globalThis.fetch, Headers = globalThis.Headers, AbortController = globalThis.AbortController } = globalOptions;
	async function onError(context) {
		const isAbort = context.error && context.error.name === "AbortError" && !context.options.timeout || false;
		if (context.options.retry !== false && !isAbort) {
			let retries;
			if (typeof context.options.retry === "number") retries = context.options.retry;
			else retries = isPayloadMethod(context.options.method) ? 0 : 1;
			const responseCode = context.response && context.response.status || 500;
			if (retries > 0 && (Array.isArray(context.options.retryStatusCodes) ? context.options.retryStatusCodes.includes(responseCode) : retryStatusCodes.has(responseCode))) {
				const retryDelay = typeof context.options.retryDelay === "function" ? context.options.retryDelay(context) : context.options.retryDelay || 0;
				if (retryDelay > 0) await new Promise((resolve) => setTimeout(resolve, retryDelay));
				return $fetchRaw(context.request, {
					...context.options,
					retry: retries - 1
				});
			}
		}
		const error = createFetchError(context);
		if (Error.captureStackTrace) Error.captureStackTrace(error, $fetchRaw);
		throw error;
	}
	const $fetchRaw = async function $fetchRaw2(_request, _options = {}) {
		const context = {
			request: _request,
			options: resolveFetchOptions(_request, _options, globalOptions.defaults, Headers),
			response: void 0,
			error: void 0
		};
		if (context.options.method) context.options.method = context.options.method.toUpperCase();
		if (context.options.onRequest) {
			await callHooks(context, context.options.onRequest);
			if (!(context.options.headers instanceof Headers)) context.options.headers = new Headers(context.options.headers || {});
		}
		if (typeof context.request === "string") {
			if (context.options.baseURL) context.request = withBase(context.request, context.options.baseURL);
			if (context.options.query) {
				context.request = withQuery$1(context.request, context.options.query);
				delete context.options.query;
			}
			if ("query" in context.options) delete context.options.query;
			if ("params" in context.options) delete context.options.params;
		}
		if (context.options.body && isPayloadMethod(context.options.method)) {
			if (isJSONSerializable(context.options.body)) {
				const contentType = context.options.headers.get("content-type");
				if (typeof context.options.body !== "string") context.options.body = contentType === "application/x-www-form-urlencoded" ? new URLSearchParams(context.options.body).toString() : JSON.stringify(context.options.body);
				if (!contentType) context.options.headers.set("content-type", "application/json");
				if (!context.options.headers.has("accept")) context.options.headers.set("accept", "application/json");
			} else if ("pipeTo" in context.options.body && typeof context.options.body.pipeTo === "function" || typeof context.options.body.pipe === "function") {
				if (!("duplex" in context.options)) context.options.duplex = "half";
			}
		}
		let abortTimeout;
		if (!context.options.signal && context.options.timeout) {
			const controller = new AbortController();
			abortTimeout = setTimeout(() => {
				const error = /* @__PURE__ */ new Error("[TimeoutError]: The operation was aborted due to timeout");
				error.name = "TimeoutError";
				error.code = 23;
				controller.abort(error);
			}, context.options.timeout);
			context.options.signal = controller.signal;
		}
		try {
			context.response = await fetch(context.request, context.options);
		} catch (error) {
			context.error = error;
			if (context.options.onRequestError) await callHooks(context, context.options.onRequestError);
			return await onError(context);
		} finally {
			if (abortTimeout) clearTimeout(abortTimeout);
		}
		if ((context.response.body || context.response._bodyInit) && !nullBodyResponses.has(context.response.status) && context.options.method !== "HEAD") {
			const responseType = (context.options.parseResponse ? "json" : context.options.responseType) || detectResponseType(context.response.headers.get("content-type") || "");
			switch (responseType) {
				case "json": {
					const data = await context.response.text();
					const parseFunction = context.options.parseResponse || destr;
					context.response._data = parseFunction(data);
					break;
				}
				case "stream":
					context.response._data = context.response.body || context.response._bodyInit;
					break;
				default: context.response._data = await context.response[responseType]();
			}
		}
		if (context.options.onResponse) await callHooks(context, context.options.onResponse);
		if (!context.options.ignoreResponseError && context.response.status >= 400 && context.response.status < 600) {
			if (context.options.onResponseError) await callHooks(context, context.options.onResponseError);
			return await onError(context);
		}
		return context.response;
	};
	const $fetch = async function $fetch2(request, options) {
		return (await $fetchRaw(request, options))._data;
	};
	$fetch.raw = $fetchRaw;
	$fetch.native = (...args) => fetch(...args);
	$fetch.create = (defaultOptions = {}, customGlobalOptions = {}) => createFetch({
		...globalOptions,
		...customGlobalOptions,
		defaults: {
			...globalOptions.defaults,
			...customGlobalOptions.defaults,
			...defaultOptions
		}
	});
	return $fetch;
}
// ../../node_modules/.pnpm/ofetch@1.5.1/node_modules/ofetch/dist/node.mjs
function createNodeFetch() {
	if (!JSON.parse(process.env.FETCH_KEEP_ALIVE || "false")) return r$1;
	const agentOptions = { keepAlive: true };
	const httpAgent = new Bt.Agent(agentOptions);
	const httpsAgent = new zs.Agent(agentOptions);
	const nodeFetchOptions = { agent(parsedURL) {
		return parsedURL.protocol === "http:" ? httpAgent : httpsAgent;
	} };
	return function nodeFetchWithKeepAlive(input, init) {
		return r$1(input, {
			...nodeFetchOptions,
			...init
		});
	};
}
var ofetch = createFetch({
	fetch: globalThis.fetch ? (...args) => globalThis.fetch(...args) : createNodeFetch(),
	Headers: globalThis.Headers || n,
	AbortController: globalThis.AbortController || T
});
// ../../packages/core/dist/chunk-4AV2GXDB.js
var nonEmpty = z$1.string().check(z$1.minLength(1));
var headerValue = nonEmpty.check(z$1.refine(isHeaderValue));
var id = z$1.union([headerValue, z$1.number()]);
var envelope = z$1.object({
	status: z$1.boolean(),
	data: z$1.optional(z$1.unknown()),
	message: z$1.optional(z$1.unknown())
});
var loginData = z$1.object({
	token: headerValue,
	refreshToken: nonEmpty,
	organizationId: id,
	accountId: z$1.optional(z$1.nullable(id))
});
var refreshData = z$1.object({
	token: headerValue,
	refreshToken: z$1.optional(nonEmpty)
});
var availabilityData = z$1.object({ isAvailableEmail: z$1.boolean() });
var storedSignedIn = z$1.object({
	v: z$1.literal(1),
	email: nonEmpty,
	token: nonEmpty,
	refreshToken: nonEmpty,
	organizationId: nonEmpty,
	accountId: z$1.nullable(nonEmpty),
	expiresAt: z$1.nullable(z$1.number()),
	lifetimeMs: z$1.nullable(z$1.number()),
	/** A random id per write, no secret: lets a tab see that its view of storage is stale. */
	rev: z$1.optional(z$1.string())
});
var storedSignedOut = z$1.object({
	v: z$1.literal(1),
	reason: z$1.union([z$1.literal("signed-out"), z$1.literal("expired")])
});
var storedSession = z$1.union([storedSignedIn, storedSignedOut]);
var otpFlow = z$1.object({
	email: nonEmpty,
	sentAt: z$1.number(),
	attemptsLeft: z$1.number().check(z$1.gte(0))
});
var storedOtp = z$1.object({
	v: z$1.literal(1),
	/** Send times (device clock, ms), to any email: the cap on sends per minute for the browser. */
	sends: z$1.array(z$1.number()),
	/** Written for older builds, which read one cooldown for every email from it. */
	resendAvailableAt: z$1.nullable(z$1.number()),
	/** Written for older builds, which read one server wait for every email from it. */
	retryAt: z$1.optional(z$1.nullable(z$1.number())),
	/**
	* Per email, while one of its waits runs: its last send (the resend cooldown) and when the
	* server's last 429 lets a send through again (device clock, ms). Dropped once both are over.
	*/
	emails: z$1.optional(z$1.array(z$1.object({
		email: nonEmpty,
		sentAt: z$1.optional(z$1.number()),
		retryAt: z$1.optional(z$1.number())
	}))),
	/** The code entry in progress: a reload returns to it while the code lives. */
	flow: z$1.optional(otpFlow),
	/** The send time of the last flow that ended (signed in, or left): no tab brings it back. */
	ended: z$1.optional(z$1.number())
});
var MAX_IDENTITY_BYTES$1 = 65536;
var rejections$1 = /* @__PURE__ */ new WeakSet();
function isRejection$1(error) {
	return error instanceof AuthError && rejections$1.has(error);
}
var TRANSIENT = /* @__PURE__ */ new Set([
	408,
	409,
	425,
	429,
	500,
	502,
	503,
	504
]);
var SECRET_FIELDS = [
	"password",
	"refreshToken",
	"token",
	"otp",
	"code"
];
function createTransport(options) {
	const { redact } = options;
	let base;
	const http = ofetch.create({
		redirect: "manual",
		retry: false
	}, { fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, init) });
	async function attempt(x, call, url2, headers, secrets) {
		const controller = new AbortController();
		let timedOut = false;
		const timer = x.timeoutMs > 0 && Number.isFinite(x.timeoutMs) ? setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, x.timeoutMs) : void 0;
		const stop = () => controller.abort();
		if (x.signal?.aborted) controller.abort();
		x.signal?.addEventListener("abort", stop);
		try {
			const response = await http.raw(url2.href, {
				method: x.method,
				headers,
				body: encodeBody(x.body, x.method, headers),
				signal: controller.signal,
				responseType: "stream",
				ignoreResponseError: true
			});
			const { status } = response;
			if (response.type === "opaqueredirect" || status >= 300 && status < 400 && status !== 304) {
				controller.abort();
				throw new AuthError("invalid_response", `${call}: ${status || "redirect"}, not followed (point baseURL at the final location)`, { status: status || void 0 });
			}
			const body = await readAs(response, x.responseType ?? "json", x.maxBytes ?? Number.POSITIVE_INFINITY, stop, call);
			return {
				call,
				status,
				headers: response.headers,
				body,
				secrets
			};
		} catch (error) {
			if (error instanceof AuthError) throw error;
			const what = timedOut ? "timed out" : controller.signal.aborted ? "aborted" : "network error";
			const cause = error?.name === "FetchError" ? error.cause ?? error : error;
			throw new AuthError("network", `${call}: ${what}`, { cause: redactedCause(cause, (text) => redact(text, secrets)) });
		} finally {
			clearTimeout(timer);
			x.signal?.removeEventListener("abort", stop);
		}
	}
	const url = (call, path, query) => {
		base ??= parseBase(options.baseURL);
		return target(redact(call), base, path, query);
	};
	async function request(x) {
		const auth = x.auth ?? {};
		const secrets = [...Object.values(auth), ...secretFields(x.body)].filter((value) => typeof value === "string");
		const call = redact(`[${x.method}] ${x.path}`, secrets);
		const resolved = url(call, x.path, x.query);
		checkHeaders(auth, call);
		const headers = new Headers(options.headers);
		for (const [name, value] of Object.entries(checkHeaders(x.headers, call))) headers.set(name, value);
		for (const [name, value] of Object.entries(auth)) headers.set(name, value);
		if ((x.method === "GET" || x.method === "HEAD") && x.body != null) throw new AuthError("invalid_input", `${call}: a ${x.method} request cannot have a body`);
		for (let left = x.retry ?? 0;; left--) try {
			const answer = await attempt(x, call, resolved, headers, secrets);
			if (left > 0 && TRANSIENT.has(answer.status)) continue;
			return answer;
		} catch (error) {
			const e = error;
			if (left > 0 && e.code === "network" && !x.signal?.aborted) continue;
			throw e;
		}
	}
	async function post(path, body, schema, headers) {
		const answer = await request({
			method: "POST",
			path,
			body,
			auth: headers,
			timeoutMs: options.timeoutMs,
			maxBytes: MAX_IDENTITY_BYTES$1
		});
		const { status } = answer;
		const parsed = envelope.safeParse(answer.body);
		if (status >= 400 || parsed.success && !parsed.data.status) {
			const error = failure$1(status === 429 ? "rate_limited" : status === 401 || status === 403 ? "unauthenticated" : "server", answer, redact);
			if (status === 401 || status === 403 || status < 500 && status !== 429 && parsed.success) rejections$1.add(error);
			throw error;
		}
		if (!parsed.success) throw failure$1("invalid_response", answer, redact, "not an envelope");
		const data = schema.safeParse(parsed.data.data);
		if (!data.success) throw failure$1("invalid_response", answer, redact, "unexpected data shape");
		return data.data;
	}
	return {
		request,
		post,
		url,
		redact
	};
}
function failure$1(code, answer, redact, detail) {
	const parsed = envelope.safeParse(answer.body);
	const message = parsed.success && typeof parsed.data.message === "string" ? redact(parsed.data.message, answer.secrets).slice(0, 120) : "";
	return new AuthError(code, `${answer.call}: ${answer.status}${message ? ` ${message}` : ""}${detail ? `: ${detail}` : ""}`, {
		status: answer.status,
		retryAfterSeconds: answer.status === 429 ? retryAfter$1(answer.headers) : void 0
	});
}
function secretFields(body) {
	if (!body || typeof body !== "object") return [];
	return SECRET_FIELDS.map((field) => body[field]).filter((value) => typeof value === "string");
}
var PAYLOAD = /* @__PURE__ */ new Set([
	"POST",
	"PUT",
	"PATCH",
	"DELETE"
]);
function encodeBody(body, method, headers) {
	if (body === void 0 || body === null) return void 0;
	const payload = PAYLOAD.has(method);
	if (typeof body === "string") {
		if (payload && !headers.has("content-type")) headers.set("content-type", "text/plain;charset=UTF-8");
		if (payload && !headers.has("accept")) headers.set("accept", "*/*");
		return body;
	}
	const proto = typeof body === "object" ? Object.getPrototypeOf(body) : void 0;
	const plain = Array.isArray(body) || proto === Object.prototype;
	if (!(plain || typeof body === "number" || typeof body === "boolean" || proto === null || typeof body.toJSON === "function")) return body;
	const type = headers.get("content-type");
	const ours = body;
	if (plain && payload && !ours.buffer && (Array.isArray(body) || ours.constructor?.name === "Object") && type !== "application/x-www-form-urlencoded") return body;
	if (!type) headers.set("content-type", "application/json");
	if (!headers.has("accept")) headers.set("accept", "application/json");
	return JSON.stringify(body);
}
function retryAfter$1(headers) {
	const value = headers.get("retry-after");
	if (!value) return void 0;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
	const date = Date.parse(value);
	if (Number.isNaN(date)) return void 0;
	const sent = Date.parse(headers.get("date") ?? "");
	return Math.max(0, Math.ceil((date - (Number.isNaN(sent) ? Date.now() : sent)) / 1e3));
}
function createAuthFetch(deps) {
	const { session, transport } = deps;
	const { redact } = transport;
	async function call(path, options = {}, unwrap) {
		const method = (options.method ?? "GET").toUpperCase();
		const label = redact(`[${method}] ${path}`);
		transport.url(label, path, options.query);
		const schema = options.schema;
		if (schema !== void 0 && typeof schema?.["~standard"]?.validate !== "function") throw new AuthError("invalid_input", `${label}: schema is not a Standard Schema`);
		const signedOut = () => new AuthError("unauthenticated", `${label}: not signed in`);
		const timeoutMs = options.timeoutMs ?? deps.timeoutMs;
		if (!await within(deps.getToken(), timeoutMs, label)) throw signedOut();
		let generation;
		const current = () => {
			deps.sync();
			const c = session.credentials;
			if (!c || generation !== void 0 && session.generation !== generation) throw signedOut();
			generation = session.generation;
			return c;
		};
		const send = (c) => {
			let auth;
			try {
				auth = deps.headersFor(c);
			} catch (error) {
				throw new AuthError("invalid_input", `${label}: authHeaders threw`, { cause: redactedCause(error, redact) });
			}
			return transport.request({
				method,
				path,
				query: options.query,
				body: options.body,
				headers: options.headers,
				auth,
				signal: options.signal,
				timeoutMs,
				responseType: unwrap ? "json" : options.responseType ?? "auto",
				retry: options.retry ?? (method === "GET" || method === "HEAD" ? 1 : 0)
			});
		};
		const first = current();
		let answer = await send(first);
		if (answer.status === 401) {
			if (session.credentials?.token === first.token) await within(deps.refresher.refresh(), timeoutMs, label);
			answer = await send(current());
		}
		const value = judge(answer, unwrap);
		if (!schema) return value;
		let checked;
		try {
			checked = await checkSchema(schema, value, unwrap ? "data" : "body");
		} catch (error) {
			throw new AuthError("invalid_input", `${label}: schema threw`, { cause: redactedCause(error, redact) });
		}
		if (!checked.ok) throw failure$1("invalid_response", answer, redact, redact(checked.problem).slice(0, 200));
		return checked.value;
	}
	function judge(answer, unwrap) {
		const { status } = answer;
		if (status >= 400) throw failure$1(status === 429 ? "rate_limited" : status === 401 ? "unauthenticated" : "server", answer, redact);
		let value = answer.body;
		if (unwrap && status !== 204) {
			const parsed = envelope.safeParse(value);
			if (!parsed.success) throw failure$1("invalid_response", answer, redact, "not an envelope");
			if (!parsed.data.status) throw failure$1("server", answer, redact);
			value = parsed.data.data;
		}
		return value;
	}
	return {
		fetch: (path, options) => call(path, options, true),
		fetchRaw: (path, options) => call(path, options, false)
	};
}
function within(promise, ms, label) {
	if (!(ms > 0 && Number.isFinite(ms))) return promise;
	let timer;
	const late = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new AuthError("network", `${label}: timed out waiting for the session's token`)), ms);
	});
	return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
var TOKEN = /^[!#$%&'*+\-.^_`|~\w]+$/;
var ATTRIBUTE = /^[^;\0-\x1f\x7f]*$/;
function createSessionCookie(option) {
	if (!option) return;
	const o = option === true ? {} : option;
	const name = o.name ?? "auth-state";
	const path = o.path ?? "/";
	const sameSite = o.sameSite ?? "lax";
	const maxAge = o.maxAgeSeconds ?? 3456e4;
	if (!TOKEN.test(name) || path[0] !== "/" || !ATTRIBUTE.test(path + (o.domain ?? "")) || ![
		"lax",
		"strict",
		"none"
	].includes(sameSite) || !(Number.isInteger(maxAge) && maxAge >= 0) || sameSite === "none" && o.secure === false) throw new AuthError("invalid_input", "createAuthClient: `cookie` has an invalid option");
	const set = (value, age) => {
		const secure = o.secure ?? location.protocol === "https:";
		document.cookie = `${name}=${value}; Path=${path}; Max-Age=${age}; SameSite=${sameSite}${o.domain ? `; Domain=${o.domain}` : ""}${secure ? "; Secure" : ""}`;
	};
	return { write(c) {
		if (typeof document === "undefined") return;
		const view = c && {
			email: c.email,
			organizationId: c.organizationId,
			accountId: c.accountId,
			expiresAt: c.expiresAt
		};
		const value = [view && o.token && {
			...view,
			token: c?.token
		}, view].map((v) => v && encodeCookieSession(v)).find((v) => v && name.length + v.length < 4e3);
		if (value) set(value, maxAge);
		else set("", 0);
	} };
}
var MESSAGE = "auth-state:changed";
var LEASE_POLL = 50;
var LEASE_BEAT = 1e3;
var MARKER_MS = 5e3;
var SETTLE_POLL = 20;
var SETTLE_TRIES = 50;
function createCrossTab(deps) {
	const win = typeof window === "undefined" ? void 0 : window;
	const channelName = `auth-state:${deps.key}`;
	const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(channelName) : null;
	let closed = false;
	let reading = Promise.resolve();
	const changed = () => {
		reading = reading.then(async () => {
			const stored = await deps.read();
			if (!closed) deps.onChange(stored);
		}).catch(rethrow);
	};
	const onMessage = (event) => {
		if (event.data === MESSAGE) changed();
	};
	const onStorage = (event) => {
		if (event.key === deps.key || event.key === null) changed();
	};
	channel?.addEventListener("message", onMessage);
	win?.addEventListener("storage", onStorage);
	const locks = globalThis.navigator?.locks;
	const lockName = `${channelName}:refresh`;
	const markerPrefix = `${lockName}:rev:`;
	const markers = /* @__PURE__ */ new Set();
	function announce(rev) {
		return new Promise((granted) => {
			locks.request(`${markerPrefix}${Date.now()}:${rev}`, () => {
				granted();
				return new Promise((resolve) => {
					const release = () => {
						clearTimeout(timer);
						markers.delete(release);
						resolve();
					};
					const timer = setTimeout(release, MARKER_MS);
					markers.add(release);
				});
			}).catch(() => granted());
		});
	}
	async function settle() {
		const { held = [] } = await locks.query();
		let latest;
		for (const { name } of held) {
			if (!name?.startsWith(markerPrefix)) continue;
			const [at, rev] = name.slice(markerPrefix.length).split(":");
			if (!latest || Number(at) > latest.at) latest = {
				at: Number(at),
				rev
			};
		}
		for (let i = 0; latest && i < SETTLE_TRIES && await deps.revision() !== latest.rev; i++) await sleep$1(SETTLE_POLL);
	}
	async function withWebLock(fn) {
		const signal = AbortSignal.timeout(deps.lockTimeoutMs);
		const run = async () => {
			await settle();
			return fn();
		};
		try {
			return await locks.request(lockName, { signal }, run);
		} catch (error) {
			if (!signal.aborted) throw error;
			return locks.request(lockName, { steal: true }, run);
		}
	}
	async function withLease(fn) {
		const key = `${deps.key}:lock`;
		const id2 = Math.random().toString(36).slice(2);
		const patience = Math.ceil(deps.lockTimeoutMs / LEASE_POLL);
		const read = async () => {
			try {
				const raw = deps.storage.getItem(key);
				return (isPromise(raw) ? await raw : raw) ?? null;
			} catch {
				return null;
			}
		};
		let beat = 0;
		const claim = () => deps.storage.setItem(key, JSON.stringify({
			id: id2,
			beat: beat++
		}));
		const mine = (raw) => !!raw?.includes(`"id":"${id2}"`);
		for (let polls = 0;; polls++) {
			const raw = await read();
			if (polls >= patience) {
				await claim();
				break;
			}
			if (raw === null) {
				await claim();
				await sleep$1(LEASE_POLL);
				polls++;
				if (mine(await read())) break;
			} else await sleep$1(LEASE_POLL);
		}
		const heartbeat = setInterval(claim, LEASE_BEAT);
		try {
			return await fn();
		} finally {
			clearInterval(heartbeat);
			if (mine(await read())) await deps.storage.removeItem(key);
		}
	}
	return {
		notify(rev) {
			if (closed) return;
			channel?.postMessage(MESSAGE);
			return locks && announce(rev);
		},
		withLock: (fn) => locks ? withWebLock(fn) : withLease(fn),
		close() {
			closed = true;
			for (const release of [...markers]) release();
			channel?.removeEventListener("message", onMessage);
			channel?.close();
			win?.removeEventListener("storage", onStorage);
		}
	};
}
var sleep$1 = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var CHECK = "/identity/user/email/check-availability";
var SEND = "/identity/user/otp/email";
var checkEmail = (transport) => async (email) => {
	const { isAvailableEmail } = await transport.post(CHECK, { email }, availabilityData);
	return !isAvailableEmail;
};
var directOtpSend = (transport) => async (email) => {
	try {
		await transport.post(CHECK, { email }, availabilityData);
	} catch (error) {
		throw nothingSent(error);
	}
	try {
		await transport.post(SEND, { email }, z$1.unknown());
	} catch (error) {
		const e = error;
		if (e.code === "rate_limited") return { wait: e };
		if (!isRejection$1(e)) throw e;
	}
};
var MAX_BACKOFF = 3e4;
var NONE = {
	notBefore: 0,
	failure: null
};
var exponential = (n) => Math.min(MAX_BACKOFF, 1e3 * 2 ** (n - 1)) * (.75 + Math.random() / 2);
function createBackoff(now) {
	let generation = -1;
	let failures = 0;
	let early = 0;
	let hold = NONE;
	const own = (g) => {
		if (g === generation) return;
		generation = g;
		failures = early = 0;
		hold = NONE;
	};
	return {
		state: (g) => g === generation && now() < hold.notBefore ? hold : NONE,
		refusal(g) {
			const { notBefore, failure: failure2 } = this.state(g);
			if (!failure2) return void 0;
			return new AuthError(failure2.code, failure2.message, {
				status: failure2.status,
				retryAfterSeconds: Math.ceil((notBefore - now()) / 1e3),
				cause: failure2
			});
		},
		failed(error, g) {
			own(g);
			failures++;
			const wait = Math.max(exponential(failures), serverWaitMs(error));
			hold = {
				notBefore: now() + wait,
				failure: error
			};
			return wait;
		},
		succeeded(g, stillDue) {
			own(g);
			failures = 0;
			if (stillDue) hold = {
				notBefore: now() + exponential(++early),
				failure: null
			};
			else {
				early = 0;
				hold = NONE;
			}
		},
		clear() {
			generation = -1;
			failures = early = 0;
			hold = NONE;
		}
	};
}
var MAX_DELAY = 2 ** 31 - 1;
var MIN_DELAY = 250;
var ended = () => new AuthError("unauthenticated", "The session ended while refreshing");
function createRefresher(deps) {
	const { session, now } = deps;
	let inflight;
	let timer;
	const backoff = createBackoff(now);
	let disposed = false;
	const refreshAt = (c) => c.expiresAt === null ? Number.POSITIVE_INFINITY : c.expiresAt - Math.min(deps.leewayMs, (c.lifetimeMs ?? Number.POSITIVE_INFINITY) / 2);
	function arm(delay) {
		clearTimeout(timer);
		if (disposed) return;
		timer = setTimeout(() => {
			timer = void 0;
			start(false).catch(() => {});
		}, Math.min(Math.max(0, delay), MAX_DELAY));
	}
	function schedule() {
		clearTimeout(timer);
		timer = void 0;
		const c = session.credentials;
		if (!c || c.expiresAt === null) return;
		const { notBefore, failure: failure2 } = backoff.state(session.generation);
		arm(Math.max(refreshAt(c) - now(), notBefore - now(), failure2 ? 0 : MIN_DELAY));
	}
	async function run(generation, from) {
		const live = () => {
			if (session.generation !== generation || !session.credentials) throw ended();
			return session.credentials;
		};
		const synced = deps.sync();
		if (synced) await synced;
		const current = live();
		if (current.refreshToken !== from && !due(current)) return;
		const used = current.refreshToken;
		let data;
		try {
			data = await deps.transport.post(deps.endpoint, { refreshToken: used }, refreshData);
		} catch (error) {
			live();
			if (!isRejection$1(error)) {
				arm(backoff.failed(error, generation));
				deps.emit("error", { error });
				throw error;
			}
			const latest2 = deps.sync();
			if (latest2) await latest2;
			if (live().refreshToken !== used) return;
			deps.expire();
			throw new AuthError("session_expired", "The session has expired; sign in again", {
				status: error.status,
				cause: error
			});
		}
		const latest = deps.sync();
		if (latest) await latest;
		const c = live();
		if (c.refreshToken !== used) return;
		const next = {
			...c,
			token: data.token,
			refreshToken: data.refreshToken ?? used,
			...tokenTimes(data.token, now())
		};
		session.update(next);
		await deps.save(next);
		backoff.succeeded(generation, now() >= refreshAt(next));
		deps.emit("refresh", {
			expiresAt: next.expiresAt,
			refreshedAt: now(),
			source: "this-tab"
		});
		schedule();
	}
	const refresh = () => start(true);
	function start(gated) {
		const generation = session.generation;
		if (inflight?.generation === generation) return inflight.promise;
		if (!session.credentials) return Promise.reject(new AuthError("unauthenticated", "There is no session to refresh"));
		const refused = gated ? backoff.refusal(generation) : void 0;
		if (refused) return Promise.reject(refused);
		const from = session.credentials.refreshToken;
		const promise = deps.withLock(() => run(generation, from)).finally(() => {
			if (inflight?.promise === promise) inflight = void 0;
		});
		inflight = {
			generation,
			promise
		};
		return promise;
	}
	function due(c) {
		const t = now();
		const { notBefore, failure: failure2 } = backoff.state(session.generation);
		return t >= refreshAt(c) && (failure2 !== null || t >= notBefore);
	}
	return {
		refresh,
		get backoff() {
			return backoff.state(session.generation);
		},
		due,
		schedule,
		check() {
			const c = session.credentials;
			if (c && due(c)) refresh().catch(() => {});
			else schedule();
		},
		stop() {
			clearTimeout(timer);
			timer = void 0;
			backoff.clear();
		},
		dispose() {
			disposed = true;
			this.stop();
		}
	};
}
var LOGIN = "/identity/user/login";
var SIGNED_OUT = "-";
var revOf = (s) => s && "rev" in s && s.rev || SIGNED_OUT;
var FIELDS = [
	"email",
	"token",
	"refreshToken",
	"organizationId",
	"accountId"
];
var sameCredentials = (a, b) => a === b || !!a && !!b && FIELDS.every((field) => a[field] === b[field]);
var LOGOUT = "/identity/user/logout";
var LOGOUT_REQUEST_MS = 6e4;
var isServerRender = (options) => options.ssr ?? (typeof window === "undefined" && options.storage === void 0);
function createAuthClient(options) {
	const opts = resolveOptions$1(options);
	const now = () => Date.now();
	const emitter = createEmitter();
	const reportError = (error) => emitter.emit("error", { error: new AuthError("storage", "Storage failed; kept in memory", { cause: error }) });
	const ssr = isServerRender(options);
	const storage = ssr ? memoryStorage() : resolveStorage(options.storage);
	const cookie = ssr ? void 0 : createSessionCookie(options.cookie);
	let stale;
	const store = persisted(storage, opts.storageKey, storedSession, (error) => {
		stale = null;
		chain(store.read(), (s) => {
			if (stale === null) stale = revOf(s);
		});
		reportError(error);
	});
	const session = createSession();
	let lastCode;
	const transport = createTransport({
		baseURL: opts.baseURL,
		fetch: options.fetch,
		headers: opts.headers,
		timeoutMs: opts.timeoutMs,
		redact: createRedactor(() => [
			session.credentials?.token,
			session.credentials?.refreshToken,
			lastCode
		])
	});
	const headersFor = (c) => opts.authHeaders({
		token: c.token,
		organizationId: c.organizationId,
		accountId: c.accountId
	});
	const fromStored = (s) => {
		if (!s || !("token" in s)) return null;
		const { v: _, rev: __, ...credentials } = s;
		return credentials;
	};
	let endedBecause;
	let storedReason;
	const reasonOf = (s) => s && "reason" in s ? s.reason : void 0;
	const observed = (s) => {
		if (stale === null || revOf(s) === stale) return void 0;
		stale = void 0;
		storedReason = reasonOf(s);
		return fromStored(s);
	};
	function persist(c) {
		const rev = c ? Math.random().toString(36).slice(2) : SIGNED_OUT;
		stale = void 0;
		store.write(c ? {
			v: 1,
			...c,
			rev
		} : endedBecause ? {
			v: 1,
			reason: endedBecause
		} : null);
		cookie?.write(c);
		if (stale === void 0) return crossTab?.notify(rev);
	}
	const revision = () => chain(store.read(), revOf);
	let crossTab;
	const refresher = createRefresher({
		session,
		transport,
		endpoint: opts.refreshEndpoint,
		leewayMs: opts.leewayMs,
		now,
		emit: emitter.emit,
		save: persist,
		expire: () => end("expired"),
		sync,
		withLock: (fn) => crossTab ? crossTab.withLock(fn) : fn()
	});
	let signOuts = 0;
	function end(reason, heard = false) {
		session.change(() => {
			const had = session.credentials !== null;
			signOuts++;
			if (had) endedBecause = reason;
			session.replace(null, had ? heard && reason !== "expired" ? "other-tab" : reason : void 0);
			refresher.stop();
			if (!heard) persist(null);
			if (!had) return;
			if (reason === "expired") emitter.emit("expired", { reason: heard ? "other-tab" : "refresh_rejected" });
			else emitter.emit("logout", { reason: heard ? "other-tab" : "user" });
		});
	}
	function begin(c) {
		endedBecause = void 0;
		session.replace(c);
		refresher.schedule();
		emitter.emit("login", {
			email: c.email,
			organizationId: c.organizationId,
			accountId: c.accountId,
			expiresAt: c.expiresAt
		});
	}
	function reconcile(stored) {
		if (stored === void 0) return;
		const current = session.credentials;
		cookie?.write(stored);
		if (!stored) return current && end(storedReason ?? "signed-out", true);
		if (!current || current.email !== stored.email) return session.change(() => begin(stored));
		if (current.refreshToken !== stored.refreshToken || current.token !== stored.token) session.change(() => {
			session.update(stored);
			refresher.schedule();
			emitter.emit("refresh", {
				expiresAt: stored.expiresAt,
				refreshedAt: now(),
				source: "other-tab"
			});
		});
		else session.update(stored);
	}
	function sync() {
		if (!crossTab) return;
		const read = chain(store.read(), (s) => {
			const stored = observed(s);
			if (stored !== void 0 && !sameCredentials(stored, session.credentials)) reconcile(stored);
		});
		return isPromise(read) ? read : void 0;
	}
	const win = ssr || typeof window === "undefined" ? void 0 : window;
	if (!ssr && (opts.crossTab ?? win !== void 0)) crossTab = createCrossTab({
		key: opts.storageKey,
		storage,
		lockTimeoutMs: opts.timeoutMs + 1e3,
		revision,
		read: async () => observed(await store.read()),
		onChange: reconcile
	});
	let loaded = false;
	const restored = ssr ? void 0 : chain(store.read(), (s) => session.change(() => {
		const c = fromStored(s);
		endedBecause = reasonOf(s);
		loaded = true;
		session.replace(c, endedBecause);
		cookie?.write(c);
		if (c) refresher.check();
	}));
	const ready = isPromise(restored) ? restored : Promise.resolve();
	async function login(input) {
		const email = parseEmail(input?.email);
		const otp2 = parseCode(input?.otp);
		lastCode = otp2;
		if (!isPromise(restored)) sync();
		const epoch = signOuts;
		let data;
		try {
			data = await transport.post(LOGIN, {
				email,
				password: otp2,
				isOTP: true
			}, loginData);
		} catch (error) {
			if (!isRejection$1(error)) throw error;
			throw new AuthError("otp_invalid", "The code is incorrect or has expired", {
				status: error.status,
				cause: error
			});
		}
		await ready;
		const c = {
			email,
			token: data.token,
			refreshToken: data.refreshToken,
			organizationId: String(data.organizationId),
			accountId: data.accountId == null ? null : String(data.accountId),
			...tokenTimes(data.token, now())
		};
		if (signOuts !== epoch) {
			retire(c);
			throw new AuthError("unauthenticated", "Signed out while signing in");
		}
		session.change(() => {
			begin(c);
			persist(c);
		});
	}
	async function logout() {
		if (!loaded) await ready;
		const c = session.credentials;
		end("signed-out");
		if (!c) return;
		let timer;
		await Promise.race([retire(c), new Promise((resolve) => {
			timer = setTimeout(resolve, opts.timeoutMs);
		})]);
		clearTimeout(timer);
	}
	function retire(c) {
		return transport.request({
			method: "POST",
			path: LOGOUT,
			body: {},
			auth: carryable(() => headersFor(c)),
			timeoutMs: Math.max(opts.timeoutMs, LOGOUT_REQUEST_MS),
			maxBytes: MAX_IDENTITY_BYTES$1
		}).catch(() => {});
	}
	async function getToken() {
		await ready;
		await sync();
		const c = session.credentials;
		if (!c) return null;
		if (!refresher.due(c)) return c.token;
		try {
			await refresher.refresh();
		} catch (error) {
			const current = session.credentials;
			if (!current) return null;
			if (current.expiresAt === null || current.expiresAt > now()) return current.token;
			throw error;
		}
		return session.credentials?.token ?? null;
	}
	function patch(change, name) {
		const c = session.credentials;
		if (!c) throw new AuthError("unauthenticated", `${name}: not signed in`);
		const next = {
			...c,
			...change
		};
		session.change(() => {
			session.update(next);
			persist(next);
		});
	}
	const otp = createOtpFlow({
		send: directOtpSend(transport),
		isEmailRegistered: checkEmail(transport),
		options: opts.otp,
		store: persisted(storage, `${opts.storageKey}:otp`, storedOtp, reportError),
		login,
		now
	});
	const wake = () => {
		if (win?.document?.visibilityState !== "hidden") refresher.check();
	};
	const wakeEvents = [
		"visibilitychange",
		"online",
		"focus"
	];
	for (const name of wakeEvents) win?.addEventListener(name, wake);
	return {
		$session: session.$session,
		$otp: otp.$otp,
		initialOtp: {
			step: "idle",
			email: null,
			resendAvailableAt: null,
			sendsLeft: opts.otp.maxSendsPerMinute,
			attemptsLeft: opts.otp.maxAttempts,
			error: null
		},
		$tokenTimes: session.$tokenTimes,
		ready,
		sendOtp: otp.sendOtp,
		verifyOtp: otp.verifyOtp,
		resetOtp: otp.resetOtp,
		isEmailRegistered: otp.isEmailRegistered,
		login,
		logout,
		clearSignOutReason() {
			const clear = () => {
				if (session.credentials) return;
				endedBecause = void 0;
				session.clearReason();
				chain(store.read(), (s) => {
					if (reasonOf(s)) store.write(null);
				});
			};
			if (loaded) clear();
			else ready.then(clear);
		},
		refresh: async () => {
			await ready;
			await sync();
			return refresher.refresh();
		},
		getToken,
		...createAuthFetch({
			transport,
			session,
			refresher,
			timeoutMs: opts.fetchTimeoutMs,
			getToken,
			headersFor,
			sync
		}),
		setOrganization(organizationId) {
			if (typeof organizationId !== "string" || !organizationId || !isHeaderValue(organizationId)) throw new AuthError("invalid_input", "setOrganization: the id must be a non-empty string that can be a header value");
			patch({ organizationId }, "setOrganization");
		},
		setAccount(accountId) {
			if (accountId !== null && (typeof accountId !== "string" || !accountId || !isHeaderValue(accountId))) throw new AuthError("invalid_input", "setAccount: the id must be null or a non-empty string that can be a header value");
			patch({ accountId }, "setAccount");
		},
		on: emitter.on,
		destroy() {
			refresher.dispose();
			for (const name of wakeEvents) win?.removeEventListener(name, wake);
			crossTab?.close();
			emitter.clear();
		}
	};
}
// ../../packages/core/dist/index.js
var cache$1 = /* @__PURE__ */ new WeakMap();
function resendCountdown($otp) {
	const cached = cache$1.get($otp);
	if (cached) return cached;
	const left = () => {
		const at = $otp.get().resendAvailableAt;
		return at === null ? 0 : Math.max(0, Math.ceil((at - Date.now()) / 1e3));
	};
	const $seconds = /* @__PURE__ */ atom(0);
	onMount($seconds, () => {
		let timer;
		const tick = () => {
			clearTimeout(timer);
			const seconds2 = left();
			$seconds.set(seconds2);
			const at = $otp.get().resendAvailableAt;
			if (seconds2 > 0 && at !== null) timer = setTimeout(tick, (at - Date.now()) % 1e3 || 1e3);
		};
		tick();
		const unlisten = $otp.listen(tick);
		return () => {
			clearTimeout(timer);
			unlisten();
		};
	});
	cache$1.set($otp, $seconds);
	return $seconds;
}
var seconds = (error) => error.retryAfterSeconds === void 0 ? "a moment" : `${error.retryAfterSeconds} s`;
function otpMessage(input) {
	if (!input) return null;
	if (!(input instanceof AuthError)) {
		if (input.step === "locked") return "Too many incorrect codes. Request a new code.";
		if (input.error) return otpMessage(input.error);
		if (input.step === "code-sent") return "If this email is registered, you will receive a code.";
		return null;
	}
	switch (input.code) {
		case "invalid_input": return input.message;
		case "otp_cooldown": return `You can request a new code for this email in ${seconds(input)}.`;
		case "otp_send_limit": return `Too many codes requested from this browser. Try again in ${seconds(input)}.`;
		case "otp_invalid": return "That code is incorrect or has expired.";
		case "otp_attempts_exhausted": return "Too many incorrect codes. Request a new code.";
		case "otp_not_requested": return "Request a code first.";
		case "rate_limited": return `Too many requests. Try again in ${seconds(input)}.`;
		case "network": return "Cannot reach the server. Check your connection and try again.";
		case "session_expired":
		case "unauthenticated": return "Your session has ended. Please sign in again.";
		default: return "Something went wrong. Please try again.";
	}
}
var UNSAFE = /^\/[/\\]|[\\\0-\x1f\x7f]/;
function safeRedirect(path, fallback) {
	if (typeof path !== "string" || path[0] !== "/") return fallback;
	let decoded;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		return fallback;
	}
	return UNSAFE.test(path) || UNSAFE.test(decoded) ? fallback : path;
}
var held = /* @__PURE__ */ new Map();
var DEFAULT_KEY = "auth-state";
function fingerprintOf(options) {
	try {
		return JSON.stringify(options, (_key, value) => {
			if (typeof value === "function") return void 0;
			if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
			const proto = Object.getPrototypeOf(value);
			if (proto !== Object.prototype && proto !== null) return void 0;
			return Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key]]));
		});
	} catch {
		return;
	}
}
function differingKeys(a, b, path = "") {
	const isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
	if (!isRecord(a) || !isRecord(b)) return JSON.stringify(a) === JSON.stringify(b) ? [] : [path || "(options)"];
	return [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort().flatMap((key) => differingKeys(a[key], b[key], path ? `${path}.${key}` : key));
}
function isDevelopment() {
	try {
		return process.env.NODE_ENV !== "production";
	} catch {
		return true;
	}
}
function tabAuthClient(options) {
	if (!options || typeof options !== "object") return createAuthClient(options);
	if (typeof window === "undefined") return createAuthClient({
		...options,
		ssr: true
	});
	if (options.ssr) return createAuthClient(options);
	const fingerprint = fingerprintOf(options);
	if (fingerprint === void 0) return createAuthClient(options);
	const storage = options.storage ?? "local";
	const byKey = held.get(storage) ?? /* @__PURE__ */ new Map();
	held.set(storage, byKey);
	const key = options.storageKey ?? DEFAULT_KEY;
	const current = byKey.get(key);
	if (current?.fingerprint === fingerprint) return current.client;
	const client = createAuthClient(options);
	if (current) {
		current.client.destroy();
		if (isDevelopment()) console.warn(`@auth-state/core: tabAuthClient() with other options (${differingKeys(JSON.parse(current.fingerprint), JSON.parse(fingerprint)).join(", ")}) replaced the tab's client for "${key}"; what held it is stopped. Use currentTabAuthClient() to reach the tab's client.`);
	}
	byKey.set(key, {
		fingerprint,
		client
	});
	return client;
}
// ../../packages/react/dist/index.js
var AuthContext = createContext(null);
function AuthProvider$1({ client, options, initialSession, children }) {
	if (!client && !options) throw new AuthError("invalid_input", "@auth-state/react: <AuthProvider> needs `client` or `options`");
	const made = useMemo(() => client ? void 0 : tabAuthClient(options), [client, options]);
	const auth = client ?? made;
	const value = useMemo(() => ({
		client: auth,
		initialSession
	}), [auth, initialSession]);
	return /* @__PURE__ */ jsx(AuthContext.Provider, {
		value,
		children
	});
}
function useAuthContext() {
	const value = useContext(AuthContext);
	if (!value) throw new Error("@auth-state/react: useAuth() was called outside <AuthProvider>. Wrap your app in <AuthProvider client={auth}>.");
	return value;
}
function useAuth() {
	return useAuthContext().client;
}
function useStore($store, serverState, select, isEqual) {
	const memo = useRef(null);
	const read = (state) => {
		const last = memo.current;
		if (last && last.state === state && last.select === select) return last.value;
		const next = select(state);
		const value = last && isEqual(last.value, next) ? last.value : next;
		memo.current = {
			state,
			select,
			value
		};
		return value;
	};
	const subscribe = useCallback((onChange) => $store.listen(onChange), [$store]);
	return useSyncExternalStore(subscribe, () => read($store.get()), () => read(serverState));
}
var identity = (value) => value;
var LOADING = { status: "loading" };
function useSession(selector = identity, isEqual = selector === identity ? sameState : Object.is) {
	const { client, initialSession } = useAuthContext();
	return useStore(client.$session, initialSession ?? LOADING, selector, isEqual);
}
function useOtp() {
	const auth = useAuth();
	return {
		state: useStore(auth.$otp, auth.initialOtp, identity, Object.is),
		sendOtp: auth.sendOtp,
		verifyOtp: auth.verifyOtp,
		reset: auth.resetOtp,
		secondsUntilResend: useStore(resendCountdown(auth.$otp), 0, identity, Object.is)
	};
}
// ../../packages/react-router/dist/index.js
var tab;
function authClient(options) {
	if (typeof window === "undefined") return createServerSessionClient({
		...options,
		ssr: true
	});
	tab ??= createServerSessionClient(options);
	return tab;
}
function Guarded({ signIn = "/sign-in" }) {
	const auth = useAuth();
	const status = useSession((s) => s.status);
	const navigate = useNavigate();
	const { pathname, search } = useLocation();
	useEffect(() => {
		if (status !== "unauthenticated") return;
		let live = true;
		whenSettled(auth).then(() => {
			if (live && auth.$session.get().status === "unauthenticated") navigate(`${signIn}?next=${encodeURIComponent(pathname + search)}`, { replace: true });
		});
		return () => {
			live = false;
		};
	}, [
		auth,
		status,
		navigate,
		pathname,
		search,
		signIn
	]);
	return /* @__PURE__ */ jsx(Outlet, {});
}
function sessionKey(session) {
	if (!session || session.status === "loading") return null;
	if (session.status === "unauthenticated") return "signed-out";
	return JSON.stringify([
		session.email,
		session.organizationId,
		session.accountId
	]);
}
function AuthProvider({ session, client, children }) {
	const [auth] = useState(() => client ?? authClient());
	return /* @__PURE__ */ jsxs(AuthProvider$1, {
		client: auth,
		initialSession: session,
		children: [/* @__PURE__ */ jsx(FollowSession, {
			auth,
			server: session
		}), children]
	});
}
function FollowSession({ auth, server }) {
	const { revalidate } = useRevalidator();
	const here = sessionKey(useSession());
	const there = sessionKey(server);
	const last = useRef({
		here,
		there
	});
	useEffect(() => {
		const hereChanged = last.current.here !== here;
		const thereChanged = last.current.there !== there;
		last.current = {
			here,
			there
		};
		if (here === null || here === there || !(hereChanged || thereChanged)) return;
		let live = true;
		whenSettled(auth).then(() => {
			if (!live || sessionKey(auth.$session.get()) === there) return;
			if (hereChanged) revalidate();
			else auth.refresh().catch(() => {});
		});
		return () => {
			live = false;
		};
	}, [
		auth,
		here,
		there,
		revalidate
	]);
	return null;
}
// ../../packages/server/dist/chunk-Z7ZFPX3R.js
function viewOf(record) {
	return {
		status: "authenticated",
		email: record.email,
		organizationId: record.organizationId,
		accountId: record.accountId,
		expiresAt: record.expiresAt ?? record.sessionExpiresAt,
		refreshedAt: record.refreshedAt,
		sessionExpiresAt: record.sessionExpiresAt
	};
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder$1 = new TextEncoder();
var decoder = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: !0 });
var UINT32_RANGE = 2 ** 32;
function concat(...buffers) {
	const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
	let i = 0;
	for (const buffer of buffers) buf.set(buffer, i), i += buffer.length;
	return buf;
}
function writeUInt32BE(buf, value, offset) {
	if (value < 0 || value >= UINT32_RANGE) throw new RangeError(`value must be >= 0 and <= ${UINT32_RANGE - 1}. Received ${value}`);
	buf.set([
		value >>> 24,
		value >>> 16,
		value >>> 8,
		value & 255
	], offset);
}
function uint64be(value) {
	const high = Math.floor(value / UINT32_RANGE), low = value % UINT32_RANGE, buf = /* @__PURE__ */ new Uint8Array(8);
	return writeUInt32BE(buf, high, 0), writeUInt32BE(buf, low, 4), buf;
}
function uint32be(value) {
	const buf = /* @__PURE__ */ new Uint8Array(4);
	return writeUInt32BE(buf, value), buf;
}
var NON_ASCII = /[^\x00-\x7f]/;
function encode$2(string) {
	if (typeof string == "string" && string.length >= 128) {
		if (NON_ASCII.test(string)) throw new TypeError("non-ASCII string encountered in encode()");
		return encoder$1.encode(string);
	}
	const bytes = new Uint8Array(string.length);
	for (let i = 0; i < string.length; i++) {
		const code = string.charCodeAt(i);
		if (code > 127) throw new TypeError("non-ASCII string encountered in encode()");
		bytes[i] = code;
	}
	return bytes;
}
function encodeBase64(input, url = !1) {
	if (Uint8Array.prototype.toBase64) return input.toBase64({
		alphabet: url ? "base64url" : "base64",
		omitPadding: url
	});
	const CHUNK_SIZE = 32768, arr = [];
	for (let i = 0; i < input.length; i += CHUNK_SIZE) arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
	const encoded = btoa(arr.join(""));
	return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
	if (Uint8Array.fromBase64) return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
	if (url) {
		if (encoded.includes("+") || encoded.includes("/")) throw new TypeError("Invalid base64url");
		encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
	}
	const binary = atob(encoded), bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
async function digest(algorithm, data) {
	const subtleDigest = `SHA-${algorithm.slice(-3)}`;
	return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/util/errors.js
var JOSEError = class extends Error {
	static code = "ERR_JOSE_GENERIC";
	code = "ERR_JOSE_GENERIC";
	constructor(message, options) {
		super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
	}
};
var JWTClaimValidationFailed = class extends JOSEError {
	static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
	code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
	claim;
	reason;
	payload;
	constructor(message, payload, claim = "unspecified", reason = "unspecified") {
		super(message, { cause: {
			claim,
			reason,
			payload
		} }), this.claim = claim, this.reason = reason, this.payload = payload;
	}
};
var JWTExpired = class extends JOSEError {
	static code = "ERR_JWT_EXPIRED";
	code = "ERR_JWT_EXPIRED";
	claim;
	reason;
	payload;
	constructor(message, payload, claim = "unspecified", reason = "unspecified") {
		super(message, { cause: {
			claim,
			reason,
			payload
		} }), this.claim = claim, this.reason = reason, this.payload = payload;
	}
};
var JOSEAlgNotAllowed = class extends JOSEError {
	static code = "ERR_JOSE_ALG_NOT_ALLOWED";
	code = "ERR_JOSE_ALG_NOT_ALLOWED";
};
var JOSENotSupported = class extends JOSEError {
	static code = "ERR_JOSE_NOT_SUPPORTED";
	code = "ERR_JOSE_NOT_SUPPORTED";
};
var JWEDecryptionFailed = class extends JOSEError {
	static code = "ERR_JWE_DECRYPTION_FAILED";
	code = "ERR_JWE_DECRYPTION_FAILED";
	constructor(message = "decryption operation failed", options) {
		super(message, options);
	}
};
var JWEInvalid = class extends JOSEError {
	static code = "ERR_JWE_INVALID";
	code = "ERR_JWE_INVALID";
};
var JWTInvalid = class extends JOSEError {
	static code = "ERR_JWT_INVALID";
	code = "ERR_JWT_INVALID";
};
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/util/base64url.js
var invalid$1 = "The input to be decoded is not correctly encoded.";
function decode(input) {
	try {
		return decodeBase64(typeof input == "string" ? input : decoder.decode(input), !0);
	} catch (cause) {
		throw new TypeError(invalid$1, { cause });
	}
}
function encode$1(input) {
	return encodeBase64(typeof input == "string" ? encoder$1.encode(input) : input, !0);
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/validate.js
function assertUint8Array(input, label) {
	if (!(input instanceof Uint8Array)) throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function isObject(input) {
	if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]") return !1;
	const prototype = Object.getPrototypeOf(input);
	return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isDisjoint(...headers) {
	const parameters = /* @__PURE__ */ new Set();
	for (const header of headers) if (header) for (const parameter of Object.keys(header)) {
		if (parameters.has(parameter)) return !1;
		parameters.add(parameter);
	}
	return !0;
}
function assertNotSet(value, name) {
	if (value !== void 0) throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
	try {
		return decode(value);
	} catch (cause) {
		throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
	}
}
function encodeAsciiMember(value, label, ErrorClass) {
	try {
		return encode$2(value);
	} catch (cause) {
		throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
	}
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
	let parsed;
	try {
		parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
	} catch (cause) {
		throw new ErrorClass(message, { cause });
	}
	if (!isObject(parsed)) throw new ErrorClass(message);
	return parsed;
}
var JWE_RECOGNIZED = { __proto__: null };
function validateAlgorithms(option, algorithms) {
	if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string"))) throw new TypeError(`"${option}" option must be an array of strings`);
	return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
	const { crit } = protectedHeader ?? {};
	if (Array.isArray(crit) && new Set(crit).size !== crit.length) throw new Err("\"crit\" (Critical) Header Parameter MUST NOT contain duplicate values");
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
	if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0) throw new Err("\"crit\" (Critical) Header Parameter MUST be integrity protected");
	if (!protectedHeader || protectedHeader.crit === void 0) return [];
	if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0)) throw new Err("\"crit\" (Critical) Header Parameter MUST be an array of non-empty strings when present");
	const recognized = recognizedOption === void 0 ? recognizedDefault : {
		__proto__: null,
		...recognizedOption,
		...recognizedDefault
	};
	for (const parameter of protectedHeader.crit) {
		if (!(parameter in recognized)) throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
		if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0) throw new Err(`Extension Header Parameter "${parameter}" is missing`);
		if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0)) throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
	}
	return protectedHeader.crit;
}
function serializeJoseHeader(Err, header) {
	let serialized, parsed;
	try {
		serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
	} catch (cause) {
		throw new Err("JOSE Header is not valid JSON", { cause });
	}
	if (!isObject(parsed)) throw new Err("JOSE Header is not a JSON object");
	return [parsed, serialized];
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/key.js
var tag = (key) => key[Symbol.toStringTag];
var jwkMatchesOp = (entry, key, usage) => {
	const { alg } = entry;
	if (key.use !== void 0) {
		const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
		if (key.use !== expected) throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
	}
	if (key.kty === "AKP" && key.alg === void 0) throw new TypeError("missing \"alg\" (Algorithm) Parameter value");
	if (key.alg !== void 0 && key.alg !== alg) throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
	if (Array.isArray(key.key_ops)) {
		const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
		if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp)) throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
	}
};
async function prepareKey(entry, key, usage) {
	const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
	if (secret && key instanceof Uint8Array) return key;
	let normalized, keyObject;
	if (isObject(key)) {
		if (normalized = normalizeJwk(key), typeof normalized.kty != "string") throw invalidKeyType(alg, key, secret);
		if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0))) throw new TypeError(secret ? "JSON Web Key for symmetric algorithms must have JWK \"kty\" (Key Type) equal to \"oct\" and the JWK \"k\" (Key Value) present" : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
		if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct") return decode(normalized.k);
		if (!Object.isFrozen(key)) {
			const { key_ops } = key;
			Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
		}
	} else {
		if (!isKeyLike(key)) throw invalidKeyType(alg, key, secret);
		const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
		if (key.type !== expectedType && (secret || [
			"secret",
			"public",
			"private"
		].includes(key.type))) throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
		if (isCryptoKey(key)) return key;
		if (keyObject = key, keyObject.type === "secret") return keyObject.export();
	}
	cache ||= /* @__PURE__ */ new WeakMap();
	const cacheKey = key;
	let cached = cache.get(cacheKey);
	if (cached?.[alg]) return cached[alg];
	if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
		const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({
			crv,
			asymmetricKeyType: keyObject.asymmetricKeyType
		}) ?? entry.subtle;
		return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
	}
	return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
var cache;
var nist = {
	__proto__: null,
	prime256v1: "P-256",
	secp384r1: "P-384",
	secp521r1: "P-521"
};
function assertCryptoKey(key) {
	if (!isCryptoKey(key)) throw new Error("CryptoKey instance expected");
}
var isCryptoKey = (key) => {
	if (key?.[Symbol.toStringTag] === "CryptoKey") return !0;
	try {
		return key instanceof CryptoKey;
	} catch {
		return !1;
	}
};
var isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject";
var isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
	if (types.length > 2) {
		const last = types.pop();
		msg += `one of type ${types.join(", ")}, or ${last}.`;
	} else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
	return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
var invalidKeyInput = (actual, ...types) => message("Key must be ", actual, ...types);
function invalidKeyType(alg, actual, secret) {
	const types = [
		"CryptoKey",
		"KeyObject",
		"JSON Web Key"
	];
	return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
var unusable = (name, prop = "algorithm.name") => /* @__PURE__ */ new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
	if (usage && !key.usages.includes(usage)) throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
	const { modulusLength } = key.algorithm;
	if (typeof modulusLength != "number" || modulusLength < 2048) throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
	const algorithm = key.algorithm;
	if (algorithm.name !== expected.name) throw unusable(expected.name);
	if (expected.hash && algorithm.hash?.name !== expected.hash) throw unusable(expected.hash, "algorithm.hash");
	if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve) throw unusable(expected.namedCurve, "algorithm.namedCurve");
	if (expected.length !== void 0 && algorithm.length !== expected.length) throw unusable(expected.length, "algorithm.length");
	checkUsage(key, usage);
}
function snapshotJwk(jwk) {
	return {
		__proto__: null,
		...jwk
	};
}
function normalizeJwk(jwk) {
	const normalized = snapshotJwk(jwk);
	if (normalized.ext !== void 0 && typeof normalized.ext != "boolean") throw new TypeError("\"ext\" (Extractable) Parameter must be a boolean");
	if (normalized.key_ops !== void 0) {
		const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
		if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length) throw new TypeError("\"key_ops\" (Key Operations) Parameter must be an array of unique strings");
		normalized.key_ops = keyOps;
	}
	return normalized;
}
async function jwkToKey(entry, jwk, extractable) {
	if (!entry.kty.includes(jwk.kty)) throw new JOSENotSupported("Invalid or unsupported JWK \"alg\" (Algorithm) Parameter value");
	const algorithm = entry.resolve?.({
		kty: jwk.kty,
		crv: jwk.crv
	}) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = {
		...jwk,
		ext: extractable ?? jwk.ext
	};
	return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = !1) {
	return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/content_encryption.js
var generateCek = (enc) => crypto.getRandomValues(new Uint8Array(enc.cekBits >> 3));
function checkCekLength(cek, expected) {
	const actual = cek.byteLength << 3;
	if (actual !== expected) throw new JWEInvalid(`Invalid Content Encryption Key length. Expected ${expected} bits, got ${actual} bits`);
}
var generateIv = (enc) => crypto.getRandomValues(new Uint8Array(enc.ivBits >> 3));
function checkIvLength(enc, iv) {
	if (iv.length << 3 !== enc.ivBits) throw new JWEInvalid("Invalid Initialization Vector length");
}
async function cbcKeySetup(enc, cek, usage) {
	if (!(cek instanceof Uint8Array)) throw new TypeError(invalidKeyInput(cek, "Uint8Array"));
	const keyLengthBits = enc.cekBits >> 1;
	return [
		await crypto.subtle.importKey("raw", cek.subarray(keyLengthBits >> 3), "AES-CBC", !1, [usage]),
		await crypto.subtle.importKey("raw", cek.subarray(0, keyLengthBits >> 3), {
			hash: `SHA-${keyLengthBits << 1}`,
			name: "HMAC"
		}, !1, ["sign"]),
		keyLengthBits
	];
}
async function cbcHmacTag(macKey, macData, keyLengthBits) {
	return new Uint8Array((await crypto.subtle.sign("HMAC", macKey, macData)).slice(0, keyLengthBits >> 3));
}
async function cbcEncrypt(enc, plaintext, cek, iv, aad) {
	const [encKey, macKey, keyLengthBits] = await cbcKeySetup(enc, cek, "encrypt"), ciphertext = new Uint8Array(await crypto.subtle.encrypt({
		iv,
		name: "AES-CBC"
	}, encKey, plaintext));
	return {
		ciphertext,
		tag: await cbcHmacTag(macKey, concat(aad, iv, ciphertext, uint64be(aad.length * 8)), keyLengthBits),
		iv
	};
}
async function timingSafeEqual(a, b) {
	const algorithm = {
		name: "HMAC",
		hash: "SHA-256"
	}, key = await crypto.subtle.generateKey(algorithm, !1, ["sign", "verify"]), aHmac = await crypto.subtle.sign(algorithm, key, a);
	return crypto.subtle.verify(algorithm, key, aHmac, b);
}
async function cbcDecrypt(enc, cek, ciphertext, iv, tag, aad) {
	const [encKey, macKey, keyLengthBits] = await cbcKeySetup(enc, cek, "decrypt"), expectedTag = await cbcHmacTag(macKey, concat(aad, iv, ciphertext, uint64be(aad.length * 8)), keyLengthBits);
	try {
		if (await timingSafeEqual(tag, expectedTag)) return new Uint8Array(await crypto.subtle.decrypt({
			iv,
			name: "AES-CBC"
		}, encKey, ciphertext));
	} catch {}
	throw new JWEDecryptionFailed();
}
async function encrypt(enc, plaintext, cek, iv, aad) {
	if (!isCryptoKey(cek) && !(cek instanceof Uint8Array)) throw new TypeError(invalidKeyInput(cek, "CryptoKey", "KeyObject", "Uint8Array", "JSON Web Key"));
	if (iv ? checkIvLength(enc, iv) : iv = generateIv(enc), cek instanceof Uint8Array && checkCekLength(cek, enc.cekBits), enc.cbc) return cbcEncrypt(enc, plaintext, cek, iv, aad);
	const encKey = await rawKey(cek, enc.subtle, "encrypt"), encrypted = new Uint8Array(await crypto.subtle.encrypt({
		additionalData: aad,
		iv,
		name: "AES-GCM",
		tagLength: 128
	}, encKey, plaintext));
	return {
		ciphertext: encrypted.subarray(0, -16),
		tag: encrypted.subarray(-16),
		iv
	};
}
async function decrypt(enc, cek, ciphertext, iv, tag, aad) {
	if (!isCryptoKey(cek) && !(cek instanceof Uint8Array)) throw new TypeError(invalidKeyInput(cek, "CryptoKey", "KeyObject", "Uint8Array", "JSON Web Key"));
	if (!iv) throw new JWEInvalid("JWE Initialization Vector missing");
	if (!tag) throw new JWEInvalid("JWE Authentication Tag missing");
	if (!enc.cbc && tag.length !== 16) throw new JWEInvalid("Invalid Authentication Tag length");
	if (checkIvLength(enc, iv), cek instanceof Uint8Array && checkCekLength(cek, enc.cekBits), enc.cbc) return cbcDecrypt(enc, cek, ciphertext, iv, tag, aad);
	const encKey = await rawKey(cek, enc.subtle, "decrypt");
	try {
		return new Uint8Array(await crypto.subtle.decrypt({
			additionalData: aad,
			iv,
			name: "AES-GCM",
			tagLength: 128
		}, encKey, concat(ciphertext, tag)));
	} catch {
		throw new JWEDecryptionFailed();
	}
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
	const out = { __proto__: null };
	for (const alg in entries) out[alg] = {
		...entries[alg],
		alg
	};
	return out;
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/jwe_algorithms.js
var wrap = [["encrypt", "wrapKey"], ["decrypt", "unwrapKey"]];
var derive = [[], ["deriveBits"]];
var none = [[], []];
function rsaes(bits) {
	return {
		kty: ["RSA"],
		mode: "key-encryption",
		subtle: {
			name: "RSA-OAEP",
			hash: `SHA-${bits}`
		},
		usages: wrap,
		ops: ["wrapKey", "unwrapKey"]
	};
}
function ecdh(mode) {
	return {
		kty: ["EC", "OKP"],
		mode,
		subtle: { name: "ECDH" },
		resolve: ({ kty, crv, asymmetricKeyType }) => {
			if (crv === "X25519" || asymmetricKeyType === "x25519") return { name: "X25519" };
			if (kty === "OKP") throw new JOSENotSupported("Invalid or unsupported JWK \"alg\" (Algorithm) Parameter value");
			return {
				name: "ECDH",
				namedCurve: crv
			};
		},
		usages: derive,
		ops: [void 0, "deriveBits"]
	};
}
function aeskw(bits, gcm = !1) {
	return {
		kty: ["oct"],
		mode: "key-wrapping",
		secret: !0,
		subtle: {
			name: gcm ? "AES-GCM" : "AES-KW",
			length: bits
		},
		usages: none,
		ops: gcm ? ["encrypt", "decrypt"] : ["wrapKey", "unwrapKey"]
	};
}
function pbes2() {
	return {
		kty: ["oct"],
		mode: "key-wrapping",
		secret: !0,
		subtle: { name: "PBKDF2" },
		usages: none,
		ops: ["deriveBits", "deriveBits"]
	};
}
var JWE$1 = table({
	dir: {
		kty: ["oct"],
		mode: "direct-encryption",
		secret: !0,
		subtle: { name: "AES-GCM" },
		usages: none,
		ops: ["encrypt", "decrypt"]
	},
	"RSA-OAEP": rsaes(1),
	"RSA-OAEP-256": rsaes(256),
	"RSA-OAEP-384": rsaes(384),
	"RSA-OAEP-512": rsaes(512),
	"ECDH-ES": ecdh("direct-key-agreement"),
	"ECDH-ES+A128KW": ecdh("key-agreement-with-key-wrapping"),
	"ECDH-ES+A192KW": ecdh("key-agreement-with-key-wrapping"),
	"ECDH-ES+A256KW": ecdh("key-agreement-with-key-wrapping"),
	A128KW: aeskw(128),
	A192KW: aeskw(192),
	A256KW: aeskw(256),
	A128GCMKW: aeskw(128, !0),
	A192GCMKW: aeskw(192, !0),
	A256GCMKW: aeskw(256, !0),
	"PBES2-HS256+A128KW": pbes2(),
	"PBES2-HS384+A192KW": pbes2(),
	"PBES2-HS512+A256KW": pbes2()
});
var contentOps = ["encrypt", "decrypt"];
function contentEncryption(bits, cbc = !1) {
	return {
		kty: ["oct"],
		secret: !0,
		subtle: {
			name: cbc ? "AES-CBC" : "AES-GCM",
			length: bits
		},
		usages: none,
		ops: contentOps,
		cekBits: bits,
		ivBits: cbc ? 128 : 96,
		cbc
	};
}
var ENC = table({
	A128GCM: contentEncryption(128),
	A192GCM: contentEncryption(192),
	A256GCM: contentEncryption(256),
	"A128CBC-HS256": contentEncryption(256, !0),
	"A192CBC-HS384": contentEncryption(384, !0),
	"A256CBC-HS512": contentEncryption(512, !0)
});
function unsupported(parameter, name) {
	throw new JOSENotSupported(`Invalid or unsupported "${parameter}" (JWE ${name}) header value`);
}
function jweAlgorithm(alg) {
	return (typeof alg == "string" ? JWE$1[alg] : void 0) ?? unsupported("alg", "Algorithm");
}
function isJWECEKTransport(algorithm) {
	return algorithm.mode === "key-wrapping" || algorithm.mode === "key-encryption" || algorithm.mode === "key-agreement-with-key-wrapping";
}
function jweEncryption(enc) {
	return (typeof enc == "string" ? ENC[enc] : void 0) ?? unsupported("enc", "Encryption Algorithm");
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/key_management.js
function checkEcdhCryptoKey(key, usage) {
	if (key.algorithm.name !== "ECDH" && key.algorithm.name !== "X25519") throw new TypeError("CryptoKey does not support this operation, its algorithm.name must be ECDH or X25519");
	checkUsage(key, usage);
}
async function aeskwWrap(alg, key, cek) {
	const cryptoKey = await rawKey(key, jweAlgorithm(alg).subtle, "wrapKey", !0), cryptoKeyCek = await crypto.subtle.importKey("raw", cek, {
		hash: "SHA-256",
		name: "HMAC"
	}, !0, ["sign"]);
	return new Uint8Array(await crypto.subtle.wrapKey("raw", cryptoKeyCek, cryptoKey, "AES-KW"));
}
async function aeskwUnwrap(alg, key, encryptedKey) {
	const cryptoKey = await rawKey(key, jweAlgorithm(alg).subtle, "unwrapKey", !0), cryptoKeyCek = await crypto.subtle.unwrapKey("raw", encryptedKey, cryptoKey, "AES-KW", {
		hash: "SHA-256",
		name: "HMAC"
	}, !0, ["sign"]);
	return new Uint8Array(await crypto.subtle.exportKey("raw", cryptoKeyCek));
}
function checkRsaKey(alg, key, usage) {
	checkCryptoKey(key, jweAlgorithm(alg).subtle, usage), checkModulusLength(alg, key);
}
async function deriveKey$1(p2s, alg, p2c, key) {
	if (!(p2s instanceof Uint8Array) || p2s.length < 8) throw new JWEInvalid("PBES2 Salt Input must be 8 or more octets");
	if (!Number.isSafeInteger(p2c) || Math.sign(p2c) !== 1) throw new JWEInvalid("PBES2 Count Input must be a positive integer");
	const salt = concat(encode$2(alg), Uint8Array.of(0), p2s), keyLengthBits = parseInt(alg.slice(13, 16), 10), subtleAlg = {
		hash: `SHA-${alg.slice(8, 11)}`,
		iterations: p2c,
		name: "PBKDF2",
		salt
	}, cryptoKey = await rawKey(key, jweAlgorithm(alg).subtle, "deriveBits");
	return new Uint8Array(await crypto.subtle.deriveBits(subtleAlg, cryptoKey, keyLengthBits));
}
function lengthAndInput(input) {
	return concat(uint32be(input.length), input);
}
async function concatKdf(Z, keyDataLength, OtherInfo) {
	const dkLen = keyDataLength >> 3, hashLen = 32, reps = Math.ceil(dkLen / hashLen), dk = new Uint8Array(reps * hashLen);
	for (let i = 1; i <= reps; i++) {
		const hashResult = await digest("sha256", concat(uint32be(i), Z, OtherInfo));
		dk.set(hashResult, (i - 1) * hashLen);
	}
	return dk.slice(0, dkLen);
}
async function ecdhesDeriveKey(publicKey, privateKey, algorithmId, keyDataLength, apu = /* @__PURE__ */ new Uint8Array(), apv = /* @__PURE__ */ new Uint8Array()) {
	checkEcdhCryptoKey(publicKey), checkEcdhCryptoKey(privateKey, "deriveBits");
	const otherInfo = concat(lengthAndInput(encode$2(algorithmId)), lengthAndInput(apu), lengthAndInput(apv), uint32be(keyDataLength));
	return concatKdf(new Uint8Array(await crypto.subtle.deriveBits({
		name: publicKey.algorithm.name,
		public: publicKey
	}, privateKey, publicKey.algorithm.name === "X25519" ? 256 : Math.ceil(parseInt(publicKey.algorithm.namedCurve.slice(-3), 10) / 8) << 3)), keyDataLength, otherInfo);
}
function assertEcdhKey(key) {
	assertCryptoKey(key);
	const curve = key.algorithm.namedCurve;
	if (curve !== "P-256" && curve !== "P-384" && curve !== "P-521" && key.algorithm.name !== "X25519") throw new JOSENotSupported("ECDH with the provided key is not allowed or not supported by your javascript runtime");
}
function partyInfo(joseHeader, name) {
	const value = joseHeader[name];
	if (value !== void 0) {
		if (typeof value != "string") throw new JWEInvalid(`JOSE Header "${name}" (Agreement Party${name === "apu" ? "U" : "V"}Info) invalid`);
		return decodeBase64url(value, name, JWEInvalid);
	}
}
function checkPartyInfo(apu, apv) {
	if (!(apu === void 0 || apv === void 0 || apu.byteLength !== apv.byteLength)) {
		for (let i = 0; i < apu.byteLength; i++) if (apu[i] !== apv[i]) return;
		throw new JWEInvalid("JOSE Header \"apu\" and \"apv\" values must be distinct");
	}
}
function assertEncryptedKey(encryptedKey) {
	if (encryptedKey === void 0) throw new JWEInvalid("JWE Encrypted Key missing");
}
function assertNoEncryptedKey(encryptedKey) {
	if (encryptedKey !== void 0) throw new JWEInvalid("Encountered unexpected JWE Encrypted Key");
}
function validateMaxPBES2Count(value) {
	if (value !== void 0 && value !== 1 / 0 && (!Number.isSafeInteger(value) || value < 1)) throw new TypeError("maxPBES2Count must be a positive safe integer or Infinity");
}
async function decryptKeyManagement(entry, enc, key, encryptedKey, joseHeader, maxPBES2Count) {
	const { alg } = entry, mode = entry.mode;
	if (mode === "direct-encryption") return assertNoEncryptedKey(encryptedKey), key;
	const direct = mode === "direct-key-agreement";
	switch (direct ? assertNoEncryptedKey(encryptedKey) : assertEncryptedKey(encryptedKey), entry.subtle.name) {
		case "ECDH": {
			const { epk } = joseHeader;
			if (!isObject(epk) || [
				"d",
				"k",
				"p",
				"q",
				"dp",
				"dq",
				"qi",
				"oth",
				"priv"
			].some((parameter) => Object.hasOwn(epk, parameter))) throw new JWEInvalid("JOSE Header \"epk\" (Ephemeral Public Key) missing or invalid");
			assertEcdhKey(key);
			const ephemeralPublicKey = await jwkToKey(entry, epk), partyUInfo = partyInfo(joseHeader, "apu"), partyVInfo = partyInfo(joseHeader, "apv");
			checkPartyInfo(partyUInfo, partyVInfo);
			const derivedKey = await ecdhesDeriveKey(ephemeralPublicKey, key, direct ? enc.alg : alg, direct ? enc.cekBits : parseInt(alg.slice(-5, -2), 10), partyUInfo, partyVInfo);
			if (direct) return derivedKey;
			key = derivedKey;
			break;
		}
		case "RSA-OAEP": return assertCryptoKey(key), checkRsaKey(alg, key, "decrypt"), new Uint8Array(await crypto.subtle.decrypt("RSA-OAEP", key, encryptedKey));
		case "PBKDF2": {
			if (typeof joseHeader.p2c != "number") throw new JWEInvalid("JOSE Header \"p2c\" (PBES2 Count) missing or invalid");
			const p2cLimit = maxPBES2Count ?? 1e4;
			if (joseHeader.p2c > p2cLimit) throw new JWEInvalid("JOSE Header \"p2c\" (PBES2 Count) out is of acceptable bounds");
			if (typeof joseHeader.p2s != "string") throw new JWEInvalid("JOSE Header \"p2s\" (PBES2 Salt) missing or invalid");
			key = await deriveKey$1(decodeBase64url(joseHeader.p2s, "p2s", JWEInvalid), alg, joseHeader.p2c, key);
			break;
		}
		case "AES-GCM": {
			if (typeof joseHeader.iv != "string") throw new JWEInvalid("JOSE Header \"iv\" (Initialization Vector) missing or invalid");
			if (typeof joseHeader.tag != "string") throw new JWEInvalid("JOSE Header \"tag\" (Authentication Tag) missing or invalid");
			const iv = decodeBase64url(joseHeader.iv, "iv", JWEInvalid), tag = decodeBase64url(joseHeader.tag, "tag", JWEInvalid);
			if (iv.byteLength !== 12) throw new JWEInvalid("Invalid Initialization Vector length");
			if (tag.byteLength !== 16) throw new JWEInvalid("Invalid Authentication Tag length");
			return decrypt(jweEncryption(alg.slice(0, -2)), key, encryptedKey, iv, tag, /* @__PURE__ */ new Uint8Array());
		}
	}
	return aeskwUnwrap(alg.slice(-6), key, encryptedKey);
}
async function encryptKeyManagement(entry, enc, inputKey, joseHeader, providedCek, providedParameters = {}) {
	const { alg, mode } = entry, transport = isJWECEKTransport(entry);
	if (providedCek !== void 0 && !transport) throw new TypeError(`setContentEncryptionKey cannot be called with JWE "alg" (Algorithm) Header ${alg}`);
	let key = await prepareKey(mode === "direct-encryption" ? enc : entry, inputKey, "encrypt");
	if (mode === "direct-encryption") return [
		key,
		void 0,
		void 0
	];
	const cek = transport ? providedCek ?? generateCek(enc) : void 0;
	cek && checkCekLength(cek, enc.cekBits);
	let encryptedKey, parameters;
	switch (entry.subtle.name) {
		case "ECDH": {
			assertEcdhKey(key);
			const { apu: providedApu, apv: providedApv } = providedParameters;
			providedApu !== void 0 && assertUint8Array(providedApu, "\"apu\""), providedApv !== void 0 && assertUint8Array(providedApv, "\"apv\"");
			const apu = providedApu ?? partyInfo(joseHeader, "apu"), apv = providedApv ?? partyInfo(joseHeader, "apv");
			checkPartyInfo(apu, apv);
			let ephemeralPrivateKey;
			providedParameters.epk !== void 0 ? ephemeralPrivateKey = await prepareKey(entry, providedParameters.epk, "decrypt") : ephemeralPrivateKey = (await crypto.subtle.generateKey(key.algorithm, !0, ["deriveBits"])).privateKey;
			const subtle = crypto.subtle;
			let exportableEpk = ephemeralPrivateKey;
			if (!exportableEpk.extractable) {
				if (typeof subtle.getPublicKey != "function") throw new TypeError("CryptoKey for \"epk\" must be extractable");
				exportableEpk = await subtle.getPublicKey(ephemeralPrivateKey, []);
			}
			const { x, y, crv, kty } = await subtle.exportKey("jwk", exportableEpk), direct = mode === "direct-key-agreement", derivedKey = await ecdhesDeriveKey(key, ephemeralPrivateKey, direct ? enc.alg : alg, direct ? enc.cekBits : parseInt(alg.slice(-5, -2), 10), apu, apv), epk = {
				x,
				crv,
				kty
			};
			if (kty === "EC" && (epk.y = y), parameters = { epk }, providedApu !== void 0 && (parameters.apu = encode$1(providedApu)), providedApv !== void 0 && (parameters.apv = encode$1(providedApv)), direct) return [
				derivedKey,
				void 0,
				parameters
			];
			key = derivedKey;
			break;
		}
		case "RSA-OAEP":
			assertCryptoKey(key), checkRsaKey(alg, key, "encrypt"), encryptedKey = new Uint8Array(await crypto.subtle.encrypt("RSA-OAEP", key, cek));
			break;
		case "PBKDF2": {
			const { p2c = 2048, p2s = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(16)) } = providedParameters;
			key = await deriveKey$1(p2s, alg, p2c, key), parameters = {
				p2c,
				p2s: encode$1(p2s)
			};
			break;
		}
		case "AES-GCM": {
			const iv = providedParameters.iv === void 0 ? crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(12)) : providedParameters.iv;
			if (!(iv instanceof Uint8Array)) throw new TypeError("\"iv\" must be an instance of Uint8Array");
			const wrapped = await encrypt(jweEncryption(alg.slice(0, -2)), cek, key, iv, /* @__PURE__ */ new Uint8Array());
			encryptedKey = wrapped.ciphertext, parameters = {
				iv: encode$1(wrapped.iv),
				tag: encode$1(wrapped.tag)
			};
		}
	}
	if (encryptedKey ??= await aeskwWrap(alg.slice(-6), key, cek), !(encryptedKey instanceof Uint8Array) || !encryptedKey.byteLength) throw new TypeError("JWE key management algorithm did not produce an Encrypted Key");
	return [
		cek,
		encryptedKey,
		parameters
	];
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/deflate.js
function validateZip(joseHeader, protectedHeader) {
	if (joseHeader.zip !== void 0 && joseHeader.zip !== "DEF") throw new JOSENotSupported("Unsupported JWE \"zip\" (Compression Algorithm) Header Parameter value.");
	if (joseHeader.zip !== void 0 && !protectedHeader?.zip) throw new JWEInvalid("JWE \"zip\" (Compression Algorithm) Header Parameter MUST be in a protected header.");
}
function supported(name) {
	if (typeof globalThis[name] > "u") throw new JOSENotSupported(`JWE "zip" (Compression Algorithm) Header Parameter requires the ${name} API.`);
}
async function transform(stream, input, maxLength = 1 / 0) {
	const writer = stream.writable.getWriter();
	writer.write(input).catch(() => {}), writer.close().catch(() => {});
	const chunks = [];
	let length = 0;
	const reader = stream.readable.getReader();
	for (;;) {
		const { value, done } = await reader.read();
		if (done) break;
		if (chunks.push(value), length += value.byteLength, maxLength !== 1 / 0 && length > maxLength) throw await reader.cancel().catch(() => {}), new JWEInvalid("Decompressed plaintext exceeded the configured limit");
	}
	return concat(...chunks);
}
async function compress(input) {
	return supported("CompressionStream"), transform(new CompressionStream("deflate-raw"), input);
}
async function decompress(input, maxLength) {
	return supported("DecompressionStream"), transform(new DecompressionStream("deflate-raw"), input, maxLength);
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/jwe_decrypt.js
function shareJWE(jwe) {
	const { protected: encodedProtected, ciphertext, iv, tag, aad } = jwe;
	let protectedHeader;
	return encodedProtected !== void 0 && (protectedHeader = parseJoseHeader(encodedProtected, JWEInvalid, "JWE Protected Header is invalid")), [
		protectedHeader,
		decodeBase64url(ciphertext, "ciphertext", JWEInvalid),
		iv !== void 0 ? decodeBase64url(iv, "iv", JWEInvalid) : void 0,
		tag !== void 0 ? decodeBase64url(tag, "tag", JWEInvalid) : void 0,
		encodeAsciiMember((encodedProtected ?? "") + (aad !== void 0 ? `.${aad}` : ""), "aad", JWEInvalid)
	];
}
function prepareDecrypt(options) {
	const keyManagementAlgorithms = options && validateAlgorithms("keyManagementAlgorithms", options.keyManagementAlgorithms), contentEncryptionAlgorithms = options && validateAlgorithms("contentEncryptionAlgorithms", options.contentEncryptionAlgorithms), { crit, maxPBES2Count, maxDecompressedLength } = options ?? {};
	validateMaxPBES2Count(maxPBES2Count);
	const decompressionLimit = maxDecompressedLength ?? 25e4;
	if (decompressionLimit !== 0 && decompressionLimit !== 1 / 0 && (!Number.isSafeInteger(decompressionLimit) || decompressionLimit < 1)) throw new TypeError("maxDecompressedLength must be 0, a positive safe integer, or Infinity");
	return [
		keyManagementAlgorithms,
		contentEncryptionAlgorithms,
		crit,
		maxPBES2Count,
		maxDecompressedLength
	];
}
async function decryptJWE(jwe, shared, key, token = shareJWE(jwe)) {
	const [protectedHeader, ciphertext, iv, tag, additionalAuthenticatedData] = token, { header, unprotected, aad } = jwe;
	let joseHeader;
	if (header !== void 0 || unprotected !== void 0) {
		if (!isDisjoint(protectedHeader, header, unprotected)) throw new JWEInvalid("JWE Protected, JWE Unprotected Header, and JWE Per-Recipient Unprotected Header Parameter names must be disjoint");
		joseHeader = {
			...protectedHeader,
			...header,
			...unprotected
		};
	} else joseHeader = protectedHeader ?? {};
	const [keyManagementAlgorithms, contentEncryptionAlgorithms, crit, maxPBES2Count, maxDecompressedLength] = shared, { encrypted_key: encodedKey } = jwe;
	validateCrit(JWEInvalid, JWE_RECOGNIZED, crit, protectedHeader, joseHeader), validateZip(joseHeader, protectedHeader);
	const { alg, enc } = joseHeader;
	if (typeof alg != "string" || !alg) throw new JWEInvalid("missing JWE Algorithm (alg) in JWE Header");
	const selected = JWE$1[alg];
	if (encodedKey === "" && (!selected || !isJWECEKTransport(selected))) throw new JWEInvalid("JWE Encrypted Key incorrect type");
	const integrated = selected?.mode === "integrated-encryption";
	if (!integrated && (typeof enc != "string" || !enc)) throw new JWEInvalid("missing JWE Encryption Algorithm (enc) in JWE Header");
	if (keyManagementAlgorithms && !keyManagementAlgorithms.has(alg) || !keyManagementAlgorithms && alg.startsWith("PBES2")) throw new JOSEAlgNotAllowed("\"alg\" (Algorithm) Header Parameter value not allowed");
	let encEntry;
	if (integrated) {
		if (enc !== void 0) throw new JWEInvalid("JWE \"enc\" (Encryption Algorithm) Header Parameter must not be present for integrated encryption");
		if (iv?.byteLength) throw new JWEInvalid("JWE Initialization Vector must be empty for integrated encryption");
		if (tag?.byteLength) throw new JWEInvalid("JWE Authentication Tag must be empty for integrated encryption");
	} else {
		if (contentEncryptionAlgorithms && !contentEncryptionAlgorithms.has(enc)) throw new JOSEAlgNotAllowed("\"enc\" (Encryption Algorithm) Header Parameter value not allowed");
		encEntry = jweEncryption(enc);
	}
	let encryptedKey;
	if (encodedKey !== void 0) try {
		encryptedKey = decodeBase64url(encodedKey, "encrypted_key", JWEInvalid);
	} catch (error) {
		if (!selected || !isJWECEKTransport(selected)) throw error;
		encryptedKey = /* @__PURE__ */ new Uint8Array();
	}
	let resolvedKey = !1;
	typeof key == "function" && (key = await key(protectedHeader, jwe), resolvedKey = !0);
	const algEntry = selected ?? jweAlgorithm(alg);
	isJWECEKTransport(algEntry) && encryptedKey === void 0 && (encryptedKey = /* @__PURE__ */ new Uint8Array());
	const k = await prepareKey(algEntry.mode === "direct-encryption" ? encEntry : algEntry, key, "decrypt");
	let plaintext;
	if (algEntry.mode === "integrated-encryption") plaintext = await algEntry.decrypt(k, encryptedKey, ciphertext, additionalAuthenticatedData, protectedHeader, joseHeader);
	else {
		const encryption = encEntry;
		let cek;
		try {
			cek = await decryptKeyManagement(algEntry, encryption, k, encryptedKey, joseHeader, maxPBES2Count), isJWECEKTransport(algEntry) && cek instanceof Uint8Array && cek.byteLength << 3 !== encryption.cekBits && (cek = generateCek(encryption));
		} catch (err) {
			if (err instanceof TypeError || err instanceof JWEInvalid || err instanceof JOSENotSupported) throw err;
			cek = generateCek(encryption);
		}
		plaintext = await decrypt(encryption, cek, ciphertext, iv, tag, additionalAuthenticatedData);
	}
	if (joseHeader.zip === "DEF") {
		const decompressionLimit = maxDecompressedLength ?? 25e4;
		if (decompressionLimit === 0) throw new JOSENotSupported("JWE \"zip\" (Compression Algorithm) Header Parameter is not supported.");
		plaintext = await decompress(plaintext, decompressionLimit).catch((cause) => {
			throw cause instanceof JWEInvalid || cause instanceof JOSENotSupported ? cause : new JWEInvalid("Failed to decompress plaintext", { cause });
		});
	}
	return {
		plaintext,
		...protectedHeader && { protectedHeader },
		...aad !== void 0 && { additionalAuthenticatedData: decodeBase64url(aad, "aad", JWEInvalid) },
		...unprotected && { sharedUnprotectedHeader: unprotected },
		...header && { unprotectedHeader: header },
		...resolvedKey && { key: k }
	};
}
async function decryptCompact(jwe, shared, key) {
	if (jwe instanceof Uint8Array && (jwe = decoder.decode(jwe)), typeof jwe != "string") throw new JWEInvalid("Compact JWE must be a string or Uint8Array");
	const { 0: protectedHeader, 1: encryptedKey, 2: iv, 3: ciphertext, 4: tag, length } = jwe.split(".");
	if (length !== 5) throw new JWEInvalid("Invalid Compact JWE");
	return decryptJWE({
		ciphertext,
		iv: iv || void 0,
		protected: protectedHeader,
		tag: tag || void 0,
		encrypted_key: encryptedKey || void 0
	}, shared, key);
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/jwe_encrypt.js
function checkDisjoint(protectedHeader, unprotectedHeader, sharedUnprotectedHeader) {
	if (!isDisjoint(protectedHeader, unprotectedHeader, sharedUnprotectedHeader)) throw new JWEInvalid("JWE Protected, JWE Shared Unprotected and JWE Per-Recipient Header Parameter names must be disjoint");
}
function checkEncryptHeaders(input, options, sharedHeadersNormalized = !1) {
	if (!input[1] && !input[2] && !input[3]) throw new JWEInvalid("either setProtectedHeader, setUnprotectedHeader, or sharedUnprotectedHeader must be called before #encrypt()");
	options !== void 0 && (input[8] = options?.crit);
	let [, protectedHeader, unprotectedHeader, sharedUnprotectedHeader, aad, cek, iv, keyManagementParameters, crit] = input;
	if (aad !== void 0 && assertUint8Array(aad, "JWE Additional Authenticated Data"), cek !== void 0 && assertUint8Array(cek, "JWE Content Encryption Key"), iv !== void 0 && assertUint8Array(iv, "JWE Initialization Vector"), !sharedHeadersNormalized && protectedHeader !== void 0 && (protectedHeader = serializeJoseHeader(JWEInvalid, protectedHeader)[0], input[1] = protectedHeader), unprotectedHeader !== void 0 && (unprotectedHeader = serializeJoseHeader(JWEInvalid, unprotectedHeader)[0], input[2] = unprotectedHeader), !sharedHeadersNormalized && sharedUnprotectedHeader !== void 0 && (sharedUnprotectedHeader = serializeJoseHeader(JWEInvalid, sharedUnprotectedHeader)[0], input[3] = sharedUnprotectedHeader), keyManagementParameters !== void 0 && !isObject(keyManagementParameters)) throw new TypeError("JWE Key Management Parameters must be an object");
	checkDisjoint(protectedHeader, unprotectedHeader, sharedUnprotectedHeader);
	const joseHeader = {
		...protectedHeader,
		...unprotectedHeader,
		...sharedUnprotectedHeader
	};
	validateCritDuplicates(JWEInvalid, protectedHeader), validateCrit(JWEInvalid, JWE_RECOGNIZED, crit, protectedHeader, joseHeader), validateZip(joseHeader, protectedHeader);
	const { alg, enc } = joseHeader;
	if (typeof alg != "string" || !alg) throw new JWEInvalid("JWE \"alg\" (Algorithm) Header Parameter missing or invalid");
	const algEntry = JWE$1[alg];
	if (algEntry?.mode === "integrated-encryption") {
		if (enc !== void 0) throw new JWEInvalid("JWE \"enc\" (Encryption Algorithm) Header Parameter must not be present for integrated encryption");
		if (cek !== void 0) throw new TypeError(`setContentEncryptionKey cannot be called with JWE "alg" (Algorithm) Header ${alg}`);
		if (iv !== void 0) throw new TypeError(`setInitializationVector cannot be called with JWE "alg" (Algorithm) Header ${alg}`);
		return [
			joseHeader,
			void 0,
			algEntry
		];
	}
	if (typeof enc != "string" || !enc) throw new JWEInvalid("JWE \"enc\" (Encryption Algorithm) Header Parameter missing or invalid");
	return [
		joseHeader,
		jweEncryption(enc),
		algEntry
	];
}
async function encryptJWE(input, checked, key) {
	const [joseHeader, encEntry, selected] = checked, [inputPlaintext, inputProtectedHeader, inputUnprotectedHeader, sharedUnprotectedHeader, aad, providedCek, inputIv, keyManagementParameters, , unprotectedParameters] = input;
	let protectedHeader = inputProtectedHeader, unprotectedHeader = inputUnprotectedHeader;
	const algEntry = selected ?? jweAlgorithm(joseHeader.alg);
	let encryptedKey, parameters, cek;
	algEntry.mode === "integrated-encryption" ? cek = await prepareKey(algEntry, key, "encrypt") : [cek, encryptedKey, parameters] = await encryptKeyManagement(algEntry, encEntry, key, joseHeader, providedCek, keyManagementParameters), parameters && (unprotectedParameters ? unprotectedHeader = unprotectedHeader ? {
		...unprotectedHeader,
		...parameters
	} : parameters : protectedHeader = protectedHeader ? {
		...protectedHeader,
		...parameters
	} : parameters, checkDisjoint(protectedHeader, unprotectedHeader, sharedUnprotectedHeader));
	const encodedProtectedHeader = protectedHeader ? encode$1(JSON.stringify(protectedHeader)) : "", encodedAad = aad?.byteLength ? encode$1(aad) : void 0, additionalAuthenticatedData = encode$2(encodedAad ? `${encodedProtectedHeader}.${encodedAad}` : encodedProtectedHeader);
	let plaintext = inputPlaintext;
	joseHeader.zip === "DEF" && (plaintext = await compress(plaintext).catch((cause) => {
		throw cause instanceof JOSENotSupported ? cause : new JWEInvalid("Failed to compress plaintext", { cause });
	}));
	let ciphertext, tag, iv;
	algEntry.mode === "integrated-encryption" ? [encryptedKey, ciphertext] = await algEntry.encrypt(cek, plaintext, additionalAuthenticatedData, protectedHeader, joseHeader, keyManagementParameters) : {ciphertext, tag, iv} = await encrypt(encEntry, plaintext, cek, inputIv, additionalAuthenticatedData);
	const jwe = { ciphertext: encode$1(ciphertext) };
	return iv && (jwe.iv = encode$1(iv)), tag && (jwe.tag = encode$1(tag)), encryptedKey?.byteLength && (jwe.encrypted_key = encode$1(encryptedKey)), encodedAad && (jwe.aad = encodedAad), protectedHeader && (jwe.protected = encodedProtectedHeader), sharedUnprotectedHeader && (jwe.unprotected = sharedUnprotectedHeader), unprotectedHeader && (jwe.header = unprotectedHeader), jwe;
}
async function createJWE(input, key, options) {
	return encryptJWE(input, checkEncryptHeaders(input, options), key);
}
function compactJWE(jwe) {
	return [
		jwe.protected,
		jwe.encrypted_key,
		jwe.iv,
		jwe.ciphertext,
		jwe.tag
	].join(".");
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/lib/jwt_claims_set.js
var epoch = (date) => Math.floor(date.getTime() / 1e3);
var multipliers = {
	s: 1,
	m: 60,
	h: 3600,
	d: 86400,
	w: 604800,
	y: 31557600
};
var REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i;
var checkFailed = "check_failed";
function invalidDuration() {
	throw new TypeError("Invalid time period format");
}
function secs(str) {
	typeof str != "string" && invalidDuration();
	const matched = REGEX.exec(str);
	(!matched || matched[4] && matched[1]) && invalidDuration();
	const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
	return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4]?.toLowerCase() === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
	if (!Number.isFinite(input)) throw new TypeError(`Invalid ${label} input`);
	return input;
}
function validateStringClaim(claim, value) {
	if (typeof value != "string") throw new TypeError(`"${claim}" claim must be a string`);
}
function validateAudienceClaim(value) {
	if (typeof value != "string" && (!Array.isArray(value) || Array.from(value).some((member) => typeof member != "string"))) throw new TypeError("\"aud\" claim must be a string or an array of strings");
}
function numericDate(value, label) {
	return typeof value == "number" ? validateInput(label, value) : value instanceof Date ? validateInput(label, epoch(value)) : epoch(/* @__PURE__ */ new Date()) + secs(value);
}
var normalizeTyp = (value) => {
	const normalized = value.toLowerCase();
	return value.includes("/") ? normalized : `application/${normalized}`;
};
var checkAudiencePresence = (audPayload, audOption) => typeof audPayload == "string" ? audOption.includes(audPayload) : Array.isArray(audPayload) ? audOption.some((aud) => audPayload.includes(aud)) : !1;
function validateNumericDate(claimsSet, claim, required = !1) {
	const value = claimsSet[claim];
	if (!(value === void 0 && !required)) {
		if (typeof value != "number") throw new JWTClaimValidationFailed(`"${claim}" claim must be a number`, claimsSet, claim, "invalid");
		return value;
	}
}
function unexpectedClaim(claimsSet, claim) {
	throw new JWTClaimValidationFailed(`unexpected "${claim}" claim value`, claimsSet, claim, checkFailed);
}
function validateClaimsSet(protectedHeader, claimsSetBytes, options = {}) {
	let claimsSet;
	try {
		claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
	} catch (cause) {
		throw new JWTInvalid("JWT Claims Set must be a top-level JSON object", { cause });
	}
	if (!isObject(claimsSet)) throw new JWTInvalid("JWT Claims Set must be a top-level JSON object");
	const { typ } = options;
	if (typ !== void 0 && (typeof protectedHeader.typ != "string" || normalizeTyp(protectedHeader.typ) !== normalizeTyp(typ))) throw new JWTClaimValidationFailed("unexpected \"typ\" JWT header value", claimsSet, "typ", checkFailed);
	const { requiredClaims = [], issuer, subject, audience, maxTokenAge } = options, presenceCheck = [...requiredClaims];
	maxTokenAge !== void 0 && presenceCheck.push("iat"), audience !== void 0 && presenceCheck.push("aud"), subject !== void 0 && presenceCheck.push("sub"), issuer !== void 0 && presenceCheck.push("iss");
	for (const claim of new Set(presenceCheck.reverse())) if (!Object.hasOwn(claimsSet, claim)) throw new JWTClaimValidationFailed(`missing required "${claim}" claim`, claimsSet, claim, "missing");
	issuer !== void 0 && !(Array.isArray(issuer) ? issuer : [issuer]).includes(claimsSet.iss) && unexpectedClaim(claimsSet, "iss"), subject !== void 0 && claimsSet.sub !== subject && unexpectedClaim(claimsSet, "sub"), audience !== void 0 && !checkAudiencePresence(claimsSet.aud, typeof audience == "string" ? [audience] : audience) && unexpectedClaim(claimsSet, "aud");
	const { clockTolerance } = options;
	let tolerance = 0;
	if (typeof clockTolerance == "string") tolerance = secs(clockTolerance);
	else if (clockTolerance !== void 0) {
		if (typeof clockTolerance != "number") throw new TypeError("Invalid clockTolerance option type");
		tolerance = clockTolerance;
	}
	if (validateInput("clockTolerance option", tolerance), tolerance < 0) throw new TypeError("Invalid clockTolerance option input");
	const { currentDate } = options, now = validateInput("currentDate option", epoch(currentDate === void 0 ? /* @__PURE__ */ new Date() : currentDate)), iat = validateNumericDate(claimsSet, "iat", maxTokenAge !== void 0), nbf = validateNumericDate(claimsSet, "nbf");
	if (nbf !== void 0 && nbf > now + tolerance) throw new JWTClaimValidationFailed("\"nbf\" claim timestamp check failed", claimsSet, "nbf", checkFailed);
	const exp = validateNumericDate(claimsSet, "exp");
	if (exp !== void 0 && exp <= now - tolerance) throw new JWTExpired("\"exp\" claim timestamp check failed", claimsSet, "exp", checkFailed);
	if (maxTokenAge !== void 0) {
		const age = now - iat, max = validateInput("maxTokenAge option", typeof maxTokenAge == "number" ? maxTokenAge : secs(maxTokenAge));
		if (max < 0) throw new TypeError("Invalid maxTokenAge option input");
		if (age - tolerance > max) throw new JWTExpired("\"iat\" claim timestamp check failed (too far in the past)", claimsSet, "iat", checkFailed);
		if (age < -tolerance) throw new JWTClaimValidationFailed("\"iat\" claim timestamp check failed (it should be in the past)", claimsSet, "iat", checkFailed);
	}
	return claimsSet;
}
var producerClaimsSets;
function producerClaimsSet(producer) {
	return producerClaimsSets.get(producer);
}
function jwtClaimsSetBytes(producer) {
	const claimsSet = producerClaimsSet(producer);
	for (const claim of [
		"iat",
		"nbf",
		"exp"
	]) {
		const value = claimsSet[claim];
		if (typeof value == "number" && !Number.isFinite(value)) throw new TypeError(`"${claim}" claim must be a finite number`);
	}
	return encoder$1.encode(JSON.stringify(claimsSet));
}
function jwtClaim(producer, claim) {
	return producerClaimsSet(producer)[claim];
}
var JWTClaimsBuilder = class {
	constructor(claimsSet = {}) {
		if (!isObject(claimsSet)) throw new TypeError("JWT Claims Set MUST be an object");
		(producerClaimsSets ||= /* @__PURE__ */ new WeakMap()).set(this, structuredClone(claimsSet));
	}
	setIssuer(value) {
		return validateStringClaim("iss", value), producerClaimsSet(this).iss = value, this;
	}
	setSubject(value) {
		return validateStringClaim("sub", value), producerClaimsSet(this).sub = value, this;
	}
	setAudience(value) {
		return validateAudienceClaim(value), producerClaimsSet(this).aud = value, this;
	}
	setJti(value) {
		return validateStringClaim("jti", value), producerClaimsSet(this).jti = value, this;
	}
	setNotBefore(value) {
		return producerClaimsSet(this).nbf = numericDate(value, "setNotBefore"), this;
	}
	setExpirationTime(value) {
		return producerClaimsSet(this).exp = numericDate(value, "setExpirationTime"), this;
	}
	setIssuedAt(value) {
		const claimsSet = producerClaimsSet(this);
		return value === void 0 ? claimsSet.iat = epoch(/* @__PURE__ */ new Date()) : typeof value == "string" ? claimsSet.iat = validateInput("setIssuedAt", epoch(/* @__PURE__ */ new Date()) + secs(value)) : claimsSet.iat = numericDate(value, "setIssuedAt"), this;
	}
};
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/jwt/decrypt.js
async function jwtDecrypt(jwt, key, options) {
	const { plaintext, ...result } = await decryptCompact(jwt, prepareDecrypt(options), key), { protectedHeader } = result, payload = validateClaimsSet(protectedHeader, plaintext, options);
	for (const claim of [
		"iss",
		"sub",
		"aud"
	]) if (protectedHeader[claim] !== void 0 && (claim === "aud" ? JSON.stringify(protectedHeader.aud) !== JSON.stringify(payload.aud) : protectedHeader[claim] !== payload[claim])) throw new JWTClaimValidationFailed(`replicated "${claim}" claim header parameter mismatch`, payload, claim, "mismatch");
	return {
		payload,
		...result
	};
}
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/jwt/encrypt.js
var EncryptJWT_base = JWTClaimsBuilder;
var EncryptJWT = class extends EncryptJWT_base {
	#input = [void 0];
	#replicateIssuerAsHeader;
	#replicateSubjectAsHeader;
	#replicateAudienceAsHeader;
	setProtectedHeader(protectedHeader) {
		return assertNotSet(this.#input[1], "setProtectedHeader"), this.#input[1] = protectedHeader, this;
	}
	setKeyManagementParameters(parameters) {
		return assertNotSet(this.#input[7], "setKeyManagementParameters"), this.#input[7] = parameters, this;
	}
	setContentEncryptionKey(cek) {
		return assertNotSet(this.#input[5], "setContentEncryptionKey"), this.#input[5] = cek, this;
	}
	setInitializationVector(iv) {
		return assertNotSet(this.#input[6], "setInitializationVector"), this.#input[6] = iv, this;
	}
	replicateIssuerAsHeader() {
		return this.#replicateIssuerAsHeader = !0, this;
	}
	replicateSubjectAsHeader() {
		return this.#replicateSubjectAsHeader = !0, this;
	}
	replicateAudienceAsHeader() {
		return this.#replicateAudienceAsHeader = !0, this;
	}
	async encrypt(key, options) {
		const input = [...this.#input];
		if (input[0] = jwtClaimsSetBytes(this), input[1] && (this.#replicateIssuerAsHeader || this.#replicateSubjectAsHeader || this.#replicateAudienceAsHeader)) {
			const header = { ...input[1] };
			this.#replicateIssuerAsHeader && (header.iss = jwtClaim(this, "iss")), this.#replicateSubjectAsHeader && (header.sub = jwtClaim(this, "sub")), this.#replicateAudienceAsHeader && (header.aud = jwtClaim(this, "aud")), input[1] = header;
		}
		return compactJWE(await createJWE(input, key, options));
	}
};
// ../../node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/util/decode_jwt.js
function decodeJwt(jwt) {
	if (typeof jwt != "string") throw new JWTInvalid("JWTs must use Compact JWS serialization, JWT must be a string");
	const { 1: encodedPayload, length } = jwt.split(".");
	if (length === 5) throw new JWTInvalid("Only JWTs using Compact JWS serialization can be decoded");
	if (length !== 3) throw new JWTInvalid("Invalid JWT");
	if (!encodedPayload) throw new JWTInvalid("JWTs must contain a payload");
	let claimsSetBytes;
	try {
		claimsSetBytes = decode(encodedPayload);
	} catch (cause) {
		throw new JWTInvalid("Failed to base64url decode the payload", { cause });
	}
	let claimsSet;
	try {
		claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
	} catch (cause) {
		throw new JWTInvalid("Failed to parse the decoded payload as JSON", { cause });
	}
	if (!isObject(claimsSet)) throw new JWTInvalid("Invalid JWT Claims Set");
	return claimsSet;
}
// ../../packages/server/dist/chunk-36BQJVP5.js
var POLL_MS = 10;
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function memoryStore(options = {}) {
	const max = options.maxSessions ?? 1e4;
	const sessions = /* @__PURE__ */ new Map();
	const locks = /* @__PURE__ */ new Map();
	return {
		async get(id) {
			const entry = sessions.get(id);
			if (!entry) return null;
			if (entry.until <= Date.now()) {
				sessions.delete(id);
				return null;
			}
			return { ...entry.record };
		},
		async set(id, record, ttlSeconds) {
			sessions.delete(id);
			sessions.set(id, {
				record: { ...record },
				until: Date.now() + Math.max(1, ttlSeconds) * 1e3
			});
			while (sessions.size > max) sessions.delete(sessions.keys().next().value);
		},
		async delete(id) {
			sessions.delete(id);
		},
		async lock(id, { leaseMs, waitMs }) {
			const deadline = Date.now() + waitMs;
			for (;;) {
				const held = locks.get(id);
				if (!held || held.until <= Date.now()) {
					const mine = { until: Date.now() + leaseMs };
					locks.set(id, mine);
					return async () => {
						if (locks.get(id) === mine) locks.delete(id);
					};
				}
				if (Date.now() >= deadline) return null;
				await sleep(POLL_MS);
			}
		}
	};
}
var EMAIL = /^[^\s@]+@[^\s@]+$/;
function isEmail(value) {
	return value.length <= 254 && EMAIL.test(value);
}
function normalizeEmail(email) {
	return email.trim().toLowerCase();
}
var PATHS = {
	checkAvailability: "/identity/user/email/check-availability",
	sendOtp: "/identity/user/otp/email",
	login: "/identity/user/login",
	refreshToken: "/identity/user/refresh-token",
	logout: "/identity/user/logout",
	account: "/network/v1/account",
	organizations: "/network/v1/organizations"
};
var ANY_ADDRESS = "*";
var PROXY_HEADERS = [
	"cf-connecting-ip",
	"x-real-ip",
	"fly-client-ip"
];
function proxiedAddress(request) {
	const first = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
	if (first) return first.slice(0, 64);
	for (const name of PROXY_HEADERS) {
		const value = request.headers.get(name)?.trim();
		if (value) return value.slice(0, 64);
	}
	return ANY_ADDRESS;
}
function cookieName(secure) {
	return secure ? "__Host-auth-state" : "auth-state";
}
function readCookie(header, name) {
	if (!header) return null;
	for (const part of header.split(";")) {
		const at = part.indexOf("=");
		if (at < 0) continue;
		if (part.slice(0, at).trim() !== name) continue;
		const value = part.slice(at + 1).trim();
		return value.startsWith("\"") && value.endsWith("\"") ? value.slice(1, -1) : value;
	}
	return null;
}
function serializeCookie(name, value, a) {
	const parts = [
		`${name}=${value}`,
		"Path=/",
		"HttpOnly",
		`SameSite=${a.sameSite === "strict" ? "Strict" : "Lax"}`,
		`Max-Age=${Math.max(0, Math.floor(a.maxAge))}`
	];
	if (a.maxAge <= 0) parts.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
	if (a.secure) parts.push("Secure");
	return parts.join("; ");
}
function partsOf(input) {
	const from = input;
	if (typeof from.get === "function") return {
		headers: input,
		url: void 0
	};
	return {
		headers: from.headers ?? new Headers(),
		url: from.url
	};
}
function secureOf(c, input) {
	if (c.o.secure !== void 0) return c.o.secure;
	const { headers, url } = partsOf(input);
	if (c.o.trustProxy) {
		const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
		if (proto) return proto === "https";
	}
	if (!url) return void 0;
	try {
		return new URL(url).protocol === "https:";
	} catch {
		return;
	}
}
function isSecure(c, request) {
	return secureOf(c, request) ?? false;
}
async function readCookieSession(c, input) {
	const header = partsOf(input).headers.get("cookie");
	const secure = secureOf(c, input);
	const value = secure === void 0 ? readCookie(header, cookieName(true)) ?? readCookie(header, cookieName(false)) : readCookie(header, cookieName(secure));
	if (!value) return {
		cookie: null,
		present: false
	};
	return {
		cookie: await c.sealer.unseal(value),
		present: true
	};
}
async function sessionCookie(c, request, id, record) {
	const secure = isSecure(c, request);
	const value = await c.sealer.seal({
		id,
		email: record.email,
		organizationId: record.organizationId,
		accountId: record.accountId,
		expiresAt: record.expiresAt ?? record.sessionExpiresAt,
		refreshedAt: record.refreshedAt,
		sessionExpiresAt: record.sessionExpiresAt
	});
	return serializeCookie(cookieName(secure), value, {
		secure,
		sameSite: c.o.sameSite,
		maxAge: (record.sessionExpiresAt - c.o.now()) / 1e3
	});
}
function clearCookie(c, request) {
	const secure = isSecure(c, request);
	return serializeCookie(cookieName(secure), "", {
		secure,
		sameSite: c.o.sameSite,
		maxAge: 0
	});
}
function appOrigins(c, request) {
	return c.o.origins ?? [new URL(request.url).origin];
}
function clientAddress(c, request) {
	if (c.o.clientAddress) try {
		const address = c.o.clientAddress(request);
		return typeof address === "string" && address ? address.slice(0, 64) : ANY_ADDRESS;
	} catch {
		return ANY_ADDRESS;
	}
	return c.o.trustProxy ? proxiedAddress(request) : ANY_ADDRESS;
}
function authHeaders(c, record) {
	return new Headers(c.o.authHeaders({
		token: record.token,
		organizationId: record.organizationId,
		accountId: record.accountId
	}));
}
var CSRF_HEADER = "x-auth-state";
function csrfRefusal(request, origins) {
	if (request.headers.get(CSRF_HEADER) !== "1") return `missing the ${CSRF_HEADER}: 1 header`;
	const origin = request.headers.get("origin");
	if (origin !== null) return origins.includes(origin) ? null : "cross-origin request";
	return request.headers.get("sec-fetch-site") === "same-origin" ? null : "no same-origin proof";
}
var MAX_IDENTITY_BYTES = 65536;
var rejections = /* @__PURE__ */ new WeakSet();
var isRejection = (error) => error instanceof AuthError && rejections.has(error);
function createUpstream(options) {
	const base = new URL(options.apiURL);
	const prefix = base.href.replace(/\/+$/, "");
	function url(path) {
		const target = new URL(prefix + path);
		if (!path.startsWith("/") || target.origin !== base.origin) throw new AuthError("invalid_input", `[upstream] ${path.slice(0, 60)}: not a path of apiURL`);
		return target;
	}
	async function send(x) {
		const target = url(x.path);
		const call = `[${x.method}] ${target.pathname}`;
		const controller = new AbortController();
		let timedOut = false;
		const timer = x.timeoutMs > 0 ? setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, x.timeoutMs) : void 0;
		const headers = new Headers(options.headers);
		x.headers?.forEach((value, name) => {
			headers.set(name, value);
		});
		try {
			const response = await options.fetch(target.href, {
				method: x.method,
				headers,
				body: x.body ?? null,
				redirect: "manual",
				signal: controller.signal
			});
			if (response.type === "opaqueredirect" || response.status >= 300 && response.status < 400 && response.status !== 304) {
				controller.abort();
				throw new AuthError("invalid_response", `${call}: ${response.status || "redirect"}, not followed`, { status: response.status || void 0 });
			}
			const bytes = await readCapped(response, x.maxBytes, () => controller.abort(), call);
			return {
				call,
				status: response.status,
				headers: response.headers,
				bytes
			};
		} catch (error) {
			if (error instanceof AuthError) throw error;
			throw new AuthError("network", `${call}: ${timedOut ? "timed out" : "network error"}`, { cause: error });
		} finally {
			clearTimeout(timer);
		}
	}
	async function identity(path, body, timeoutMs, auth = {}) {
		const headers = new Headers(auth);
		headers.set("content-type", "application/json");
		headers.set("accept", "application/json");
		const reply = await send({
			method: "POST",
			path,
			body: JSON.stringify(body),
			headers,
			timeoutMs,
			maxBytes: MAX_IDENTITY_BYTES
		});
		const envelope = parseEnvelope(reply.bytes);
		const { status } = reply;
		if (status >= 400 || envelope && !envelope.status) {
			const error = failure(status === 429 ? "rate_limited" : status === 401 || status === 403 ? "unauthenticated" : "server", reply, envelope);
			if (status === 401 || status === 403 || status < 500 && status !== 429 && envelope) rejections.add(error);
			throw error;
		}
		if (!envelope?.data || typeof envelope.data !== "object") throw failure("invalid_response", reply, envelope, "not an envelope");
		return envelope.data;
	}
	return {
		url,
		send,
		identity
	};
}
function parseEnvelope(bytes) {
	try {
		const value = JSON.parse(new TextDecoder().decode(bytes));
		return value && typeof value === "object" && typeof value.status === "boolean" ? value : null;
	} catch {
		return null;
	}
}
function failure(code, reply, envelope, detail) {
	const message = typeof envelope?.message === "string" ? envelope.message.slice(0, 120) : "";
	return new AuthError(code, `${reply.call}: ${reply.status}${message ? ` ${message}` : ""}${detail ? `: ${detail}` : ""}`, {
		status: reply.status,
		retryAfterSeconds: reply.status === 429 ? retryAfter(reply.headers) : void 0
	});
}
function retryAfter(headers) {
	const value = headers.get("retry-after");
	if (!value) return void 0;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
	const date = Date.parse(value);
	return Number.isNaN(date) ? void 0 : Math.max(0, Math.ceil((date - Date.now()) / 1e3));
}
async function readCapped(response, maxBytes, abort, call) {
	const tooLarge = () => new AuthError("invalid_response", `${call}: ${response.status} response over ${Math.floor(maxBytes / 1024)} KiB`, { status: response.status });
	if (Number(response.headers.get("content-length")) > maxBytes) {
		abort();
		throw tooLarge();
	}
	if (!response.body) return /* @__PURE__ */ new Uint8Array(0);
	const reader = response.body.getReader();
	const chunks = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			abort();
			reader.cancel().catch(() => {});
			throw tooLarge();
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return bytes;
}
var MAX_REQUEST_BYTES = 16384;
async function readRequestBytes(request, maxBytes, call) {
	try {
		return await readCapped(request, maxBytes, () => {}, call);
	} catch (error) {
		if (error instanceof AuthError) throw new AuthError("invalid_input", `${call}: body over ${maxBytes / 1024} KiB`);
		throw new AuthError("invalid_input", `${call}: the body could not be read`);
	}
}
async function readJsonObject(request, call) {
	const bytes = await readRequestBytes(request, MAX_REQUEST_BYTES, call);
	if (bytes.byteLength === 0) return {};
	if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) throw new AuthError("invalid_input", `${call}: the body must be application/json`);
	let value;
	try {
		value = JSON.parse(new TextDecoder().decode(bytes));
	} catch {
		throw new AuthError("invalid_input", `${call}: the body is not JSON`);
	}
	if (!value || typeof value !== "object" || Array.isArray(value)) throw new AuthError("invalid_input", `${call}: the body must be a JSON object`);
	return value;
}
var ID = /^[\x21-\x7e]{1,256}$/;
var isId = (value) => typeof value === "string" && ID.test(value);
var BASE_HEADERS = {
	"content-type": "application/json; charset=utf-8",
	"cache-control": "no-store",
	"x-content-type-options": "nosniff"
};
function respond(status, body, cookies, extra = {}) {
	const response = new Response(JSON.stringify(body), {
		status,
		headers: {
			...BASE_HEADERS,
			...extra
		}
	});
	for (const cookie of cookies) response.headers.append("set-cookie", cookie);
	return response;
}
function ok(data, cookies = []) {
	return respond(200, {
		status: true,
		data
	}, cookies);
}
function fail(status, code, message, extras = {}, cookies = []) {
	const error = {
		code,
		message
	};
	if (extras.retryAfterSeconds !== void 0) error.retryAfterSeconds = extras.retryAfterSeconds;
	if (extras.attemptsLeft !== void 0) error.attemptsLeft = extras.attemptsLeft;
	const headers = status === 429 && extras.retryAfterSeconds !== void 0 ? { "retry-after": String(extras.retryAfterSeconds) } : {};
	return respond(status, {
		status: false,
		error
	}, cookies, headers);
}
var STATUS = {
	invalid_input: 400,
	otp_not_requested: 400,
	otp_attempts_exhausted: 400,
	otp_invalid: 401,
	unauthenticated: 401,
	session_expired: 401,
	otp_cooldown: 429,
	otp_send_limit: 429,
	rate_limited: 429
};
function failFrom(error, cookies = []) {
	if (error instanceof AuthError) return fail(STATUS[error.code] ?? (/timed out/.test(error.message) ? 504 : 502), error.code, error.message, { retryAfterSeconds: error.retryAfterSeconds }, cookies);
	return fail(500, "server", "internal error", {}, cookies);
}
var Throttle = class {
	constructor(limit, now, maxKeys = 1e4) {
		this.limit = limit;
		this.now = now;
		this.maxKeys = maxKeys;
	}
	limit;
	now;
	maxKeys;
	hits = /* @__PURE__ */ new Map();
	/** Whether an event for `key` may happen now; does not record it. */
	check(key) {
		const t = this.now();
		const recent = this.recent(key, t);
		const { gapSeconds = 0, max, windowSeconds } = this.limit;
		const last = recent[recent.length - 1];
		if (last !== void 0 && gapSeconds > 0 && t - last < gapSeconds * 1e3) return {
			ok: false,
			why: "gap",
			retryAfterSeconds: Math.ceil((last + gapSeconds * 1e3 - t) / 1e3)
		};
		if (recent.length >= max) return {
			ok: false,
			why: "window",
			retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowSeconds * 1e3 - t) / 1e3))
		};
		return { ok: true };
	}
	record(key) {
		const t = this.now();
		const recent = this.recent(key, t);
		recent.push(t);
		if (recent.length > this.limit.max) recent.splice(0, recent.length - this.limit.max);
		this.hits.delete(key);
		this.hits.set(key, recent);
		while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value);
	}
	/** Forgets `key` (a successful sign-in clears its failures). */
	clear(key) {
		this.hits.delete(key);
	}
	recent(key, t) {
		const since = t - this.limit.windowSeconds * 1e3;
		return (this.hits.get(key) ?? []).filter((at) => at > since);
	}
};
function tokenExpiry(token) {
	try {
		const { exp } = decodeJwt(token);
		return typeof exp === "number" && Number.isFinite(exp) ? exp * 1e3 : null;
	} catch {
		return null;
	}
}
var MAX_ATTEMPTS = 3;
var MAX_FLOWS = 1e4;
function newSessionId() {
	const bytes = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(32));
	let text = "";
	for (const byte of bytes) text += String.fromCharCode(byte);
	return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function readEmail(body, call) {
	const email = typeof body.email === "string" ? normalizeEmail(body.email) : "";
	if (!isEmail(email)) throw new AuthError("invalid_input", `${call}: email must be an email address`);
	return email;
}
function createOtp(c) {
	const { now } = c.o;
	const t = c.o.throttle;
	const sendEmail = new Throttle(t.sendPerEmail, now);
	const sendAddress = new Throttle(t.sendPerAddress, now);
	const verifyEmail = new Throttle(t.verifyPerEmail, now);
	const verifyAddress = new Throttle(t.verifyPerAddress, now);
	const wrong = /* @__PURE__ */ new Map();
	const setWrong = (email, n) => {
		wrong.delete(email);
		wrong.set(email, n);
		while (wrong.size > MAX_FLOWS) wrong.delete(wrong.keys().next().value);
	};
	async function send(request, body) {
		const call = "[POST] otp/send";
		const email = readEmail(body, call);
		const address = clientAddress(c, request);
		const byEmail = sendEmail.check(email);
		if (!byEmail.ok) return fail(429, byEmail.why === "gap" ? "otp_cooldown" : "otp_send_limit", `${call}: wait before sending another code`, { retryAfterSeconds: byEmail.retryAfterSeconds });
		const byAddress = sendAddress.check(address);
		if (!byAddress.ok) return fail(429, "otp_send_limit", `${call}: too many codes sent from here`, { retryAfterSeconds: byAddress.retryAfterSeconds });
		sendEmail.record(email);
		sendAddress.record(address);
		const sentAt = now();
		if ((await c.upstream.identity(PATHS.checkAvailability, { email }, c.o.timeoutMs)).isAvailableEmail !== true) try {
			await c.upstream.identity(PATHS.sendOtp, { email }, c.o.timeoutMs);
		} catch (error) {
			if (!isRejection(error) && error.code !== "rate_limited") throw error;
		}
		setWrong(email, 0);
		return ok({
			email,
			sentAt,
			resendAvailableAt: sentAt + (t.sendPerEmail.gapSeconds ?? 0) * 1e3
		});
	}
	async function verify(request, body) {
		const call = "[POST] otp/verify";
		const email = readEmail(body, call);
		const code = body.code;
		if (typeof code !== "string" || !/^[\x21-\x7e]{1,64}$/.test(code)) throw new AuthError("invalid_input", `${call}: code must be a short string`);
		const address = clientAddress(c, request);
		for (const [throttle, key] of [[verifyEmail, email], [verifyAddress, address]]) {
			const verdict = throttle.check(key);
			if (!verdict.ok) return fail(429, "rate_limited", `${call}: too many attempts`, { retryAfterSeconds: verdict.retryAfterSeconds });
		}
		verifyEmail.record(email);
		verifyAddress.record(address);
		const failed = wrong.get(email) ?? 0;
		if (failed >= MAX_ATTEMPTS) return fail(400, "otp_attempts_exhausted", `${call}: too many wrong codes; send a new one`, { attemptsLeft: 0 });
		let data;
		try {
			data = await c.upstream.identity(PATHS.login, {
				email,
				password: code,
				isOTP: true
			}, c.o.timeoutMs);
		} catch (error) {
			if (!isRejection(error)) return failFrom(error);
			setWrong(email, failed + 1);
			return fail(401, "otp_invalid", `${call}: wrong or expired code`, { attemptsLeft: Math.max(0, MAX_ATTEMPTS - failed - 1) });
		}
		const accountId = data.accountId ?? null;
		if (typeof data.token !== "string" || !data.token || typeof data.refreshToken !== "string" || !data.refreshToken || !isId(data.organizationId) || accountId !== null && !isId(accountId)) return fail(502, "invalid_response", "[POST] /identity/user/login: unexpected data shape");
		wrong.delete(email);
		const at = now();
		const record = {
			email,
			organizationId: data.organizationId,
			accountId,
			token: data.token,
			refreshToken: data.refreshToken,
			expiresAt: tokenExpiry(data.token),
			refreshedAt: at,
			sessionExpiresAt: at + c.o.sessionTtlMs
		};
		const previous = await readCookieSession(c, request);
		const old = previous.cookie ? await c.sessions.end(previous.cookie.id) : null;
		if (old) await c.upstream.identity(PATHS.logout, {}, c.o.timeoutMs, Object.fromEntries(authHeaders(c, old))).catch(() => {});
		const id = newSessionId();
		await c.sessions.save(id, record);
		return ok(viewOf(record), [await sessionCookie(c, request, id, record)]);
	}
	return {
		send,
		verify
	};
}
function proxyPath(rest, prefixes) {
	if (!rest.startsWith("/") || rest.includes("//") || rest.includes("\\")) return null;
	if (/%(?:2e|2f|5c|00|25)/i.test(rest)) return null;
	let decoded;
	try {
		decoded = decodeURIComponent(rest);
	} catch {
		return null;
	}
	if (/[\x00-\x1f\x7f]/.test(decoded)) return null;
	if (decoded.split("/").some((segment) => segment === "." || segment === "..")) return null;
	return prefixes.some((prefix) => rest.startsWith(prefix)) ? rest : null;
}
var FORWARDED = [
	"accept",
	"accept-language",
	"content-type",
	"if-match",
	"if-none-match",
	"if-modified-since",
	"if-unmodified-since"
];
var DROPPED = /* @__PURE__ */ new Set([
	"set-cookie",
	"set-cookie2",
	"connection",
	"keep-alive",
	"proxy-authenticate",
	"proxy-authorization",
	"te",
	"trailer",
	"transfer-encoding",
	"upgrade",
	"content-length",
	"content-encoding"
]);
var METHODS2 = /* @__PURE__ */ new Set([
	"GET",
	"HEAD",
	"POST",
	"PUT",
	"PATCH",
	"DELETE"
]);
async function proxy(c, request, rest, search) {
	const path = proxyPath(rest, c.o.proxy);
	if (!path) return fail(404, "invalid_input", "not a proxied path");
	const method = request.method.toUpperCase();
	if (!METHODS2.has(method)) return fail(405, "invalid_input", `${method} is not proxied`);
	const call = `[${method}] ${path}`;
	const { cookie, present } = await readCookieSession(c, request);
	const cleared = present ? [clearCookie(c, request)] : [];
	if (!cookie) return fail(401, "unauthenticated", `${call}: not signed in`, {}, cleared);
	try {
		const body = method === "GET" || method === "HEAD" ? null : await readRequestBytes(request, c.o.maxProxyBytes, call);
		let loaded = await c.sessions.load(cookie.id);
		if (!loaded.record) return fail(401, "session_expired", `${call}: the session has ended`, {}, cleared);
		const send = (record) => {
			const headers = authHeaders(c, record);
			for (const name of FORWARDED) {
				const value = request.headers.get(name);
				if (value !== null && !headers.has(name)) headers.set(name, value);
			}
			return c.upstream.send({
				method,
				path: path + search,
				body: body && body.byteLength > 0 ? body : null,
				headers,
				timeoutMs: c.o.fetchTimeoutMs,
				maxBytes: c.o.maxProxyBytes
			});
		};
		let reply = await send(loaded.record);
		if (reply.status === 401) {
			loaded = await c.sessions.rotate(cookie.id, loaded.record);
			if (!loaded.record) return fail(401, "session_expired", `${call}: the session has ended`, {}, cleared);
			reply = await send(loaded.record);
		}
		return pass(reply);
	} catch (error) {
		if (error instanceof AuthError) return failFrom(error);
		throw error;
	}
}
function pass(reply) {
	const headers = new Headers();
	reply.headers.forEach((value, name) => {
		if (!DROPPED.has(name.toLowerCase())) headers.set(name, value);
	});
	if (!headers.has("cache-control")) headers.set("cache-control", "private, no-store");
	const empty = reply.status === 204 || reply.status === 304 || reply.bytes.byteLength === 0;
	return new Response(empty ? null : reply.bytes, {
		status: reply.status,
		headers
	});
}
async function currentSession(c, request, options) {
	const { cookie, present } = await readCookieSession(c, request);
	const answer = options.cookies ? request : null;
	if (!cookie) return {
		view: { status: "unauthenticated" },
		cookies: present && answer ? [clearCookie(c, answer)] : []
	};
	let loaded;
	try {
		loaded = await c.sessions.load(cookie.id);
	} catch {
		loaded = await c.sessions.load(cookie.id, { refresh: false });
	}
	if (!loaded.record) return {
		view: {
			status: "unauthenticated",
			reason: "expired"
		},
		cookies: answer ? [clearCookie(c, answer)] : []
	};
	const view = viewOf(loaded.record);
	return {
		view,
		cookies: view.status === "authenticated" && (cookie.expiresAt !== view.expiresAt || cookie.organizationId !== view.organizationId || cookie.accountId !== view.accountId) && answer ? [await sessionCookie(c, answer, cookie.id, loaded.record)] : []
	};
}
function createHandler(c) {
	const otp = createOtp(c);
	async function session(request) {
		const { view, cookies } = await currentSession(c, request, { cookies: true });
		return ok(view, cookies);
	}
	async function switchTo(request, body, field) {
		const call = `[POST] ${field === "organizationId" ? "organization" : "account"}`;
		const value = body[field];
		if (!(field === "accountId" ? value === null || isId(value) : isId(value))) throw new AuthError("invalid_input", `${call}: ${field} must be ${field === "accountId" ? "null or " : ""}a non-empty id that can be a header value`);
		const { cookie, present } = await readCookieSession(c, request);
		const cleared = present ? [clearCookie(c, request)] : [];
		if (!cookie) return fail(401, "unauthenticated", `${call}: not signed in`, {}, cleared);
		const loaded = await c.sessions.update(cookie.id, { [field]: value });
		if (!loaded.record) return fail(401, "session_expired", `${call}: the session has ended`, {}, cleared);
		return ok(viewOf(loaded.record), [await sessionCookie(c, request, cookie.id, loaded.record)]);
	}
	async function logout(request) {
		const { cookie, present } = await readCookieSession(c, request);
		const cookies = present ? [clearCookie(c, request)] : [];
		const record = cookie ? await c.sessions.end(cookie.id) : null;
		if (record) await c.upstream.identity(PATHS.logout, {}, c.o.timeoutMs, Object.fromEntries(authHeaders(c, record))).catch(() => {});
		return ok({
			status: "unauthenticated",
			reason: "signed-out"
		}, cookies);
	}
	return async function handle(request) {
		const url = new URL(request.url);
		const base = c.o.basePath;
		if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return fail(404, "invalid_input", "not an auth route");
		const route = url.pathname.slice(base.length);
		const method = request.method.toUpperCase();
		try {
			if (route === "/session" && (method === "GET" || method === "HEAD")) return await session(request);
			const refusal = csrfRefusal(request, appOrigins(c, request));
			if (refusal) return fail(403, "forbidden", `refused: ${refusal}`);
			if (route.startsWith("/api/")) return await proxy(c, request, route.slice(4), url.search);
			const post = (run) => method === "POST" ? readJsonObject(request, `[POST] ${route}`).then(run) : Promise.resolve(fail(405, "invalid_input", `${method} ${route}: use POST`));
			switch (route) {
				case "/otp/send": return await post((body) => otp.send(request, body));
				case "/otp/verify": return await post((body) => otp.verify(request, body));
				case "/organization": return await post((body) => switchTo(request, body, "organizationId"));
				case "/account": return await post((body) => switchTo(request, body, "accountId"));
				case "/logout": return await post(() => logout(request));
				default: return fail(404, "invalid_input", `no route ${route}`);
			}
		} catch (error) {
			return failFrom(error);
		}
	};
}
var MIN_SECRET_LENGTH = 32;
var encoder = new TextEncoder();
var SALT = encoder.encode("auth-state/server session cookie");
var INFO = encoder.encode("auth-state/server JWE dir A256GCM v1");
function checkSecrets(secret) {
	const list = Array.isArray(secret) ? secret : [secret];
	if (list.length === 0) throw new AuthError("invalid_input", "createAuthServer: secret must not be an empty list");
	list.forEach((value, index) => {
		const name = Array.isArray(secret) ? `secret[${index}]` : "secret";
		if (typeof value !== "string" || value.length < MIN_SECRET_LENGTH) throw new AuthError("invalid_input", `createAuthServer: ${name} must be a string of at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -base64 32\`)`);
	});
	return list;
}
async function deriveKey(secret) {
	const material = await crypto.subtle.importKey("raw", encoder.encode(secret), "HKDF", false, ["deriveBits"]);
	const bits = await crypto.subtle.deriveBits({
		name: "HKDF",
		hash: "SHA-256",
		salt: SALT,
		info: INFO
	}, material, 256);
	return new Uint8Array(bits);
}
var invalid = (message) => new AuthError("invalid_input", `createAuthServer: ${message}`);
function count(value, name, fallback, min = 0) {
	if (value === void 0) return fallback;
	if (typeof value !== "number" || !Number.isFinite(value) || value < min) throw invalid(`${name} must be a number >= ${min}`);
	return value;
}
var PREFIX = /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@-]+\/)+$/;
function checkOrigin(origin) {
	try {
		const url = new URL(String(origin));
		if ((url.protocol === "https:" || url.protocol === "http:") && url.origin === origin) return origin;
	} catch {}
	throw invalid(`origins: ${JSON.stringify(origin)} is not an origin such as "https://app.example.com"`);
}
function resolveOptions(options) {
	if (!options || typeof options !== "object") throw invalid("options are required");
	const secrets = checkSecrets(options.secret);
	let api;
	try {
		api = new URL(options.apiURL);
	} catch {
		throw invalid("apiURL must be an absolute http(s) URL");
	}
	if (api.protocol !== "https:" && api.protocol !== "http:") throw invalid("apiURL must be an absolute http(s) URL");
	const basePath = (options.basePath ?? "/auth").replace(/\/+$/, "");
	if (!/^\/[A-Za-z0-9._~/-]*$/.test(basePath) || basePath.includes("//")) throw invalid("basePath must be a path such as \"/auth\"");
	const proxy2 = options.proxy ?? [];
	for (const prefix of proxy2) if (typeof prefix !== "string" || !PREFIX.test(prefix) || /(^|\/)\.\.?(\/|$)/.test(prefix)) throw invalid(`proxy prefix ${JSON.stringify(prefix)} must be a path such as "/network/v1/"`);
	const sameSite = options.cookie?.sameSite ?? "lax";
	if (sameSite !== "lax" && sameSite !== "strict") throw invalid("cookie.sameSite must be lax or strict");
	return {
		apiURL: api.href,
		secrets,
		basePath,
		proxy: [...proxy2],
		store: options.store ?? memoryStore(),
		sameSite,
		secure: options.cookie?.secure,
		origins: options.origins?.map(checkOrigin),
		headers: { ...options.headers },
		authHeaders: options.authHeaders ?? defaultAuthHeaders,
		refreshEndpoint: options.refreshEndpoint ?? "/identity/user/refresh-token",
		leewayMs: count(options.refreshLeewaySeconds, "refreshLeewaySeconds", 60) * 1e3,
		timeoutMs: count(options.timeoutMs, "timeoutMs", 15e3, 1),
		fetchTimeoutMs: count(options.fetchTimeoutMs, "fetchTimeoutMs", 3e4),
		maxProxyBytes: count(options.maxProxyBytes, "maxProxyBytes", 1048576, 1),
		fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
		sessionTtlMs: count(options.sessionTtlSeconds, "sessionTtlSeconds", 2592e3, 1) * 1e3,
		clientAddress: options.clientAddress,
		trustProxy: options.trustProxy ?? false,
		throttle: {
			sendPerEmail: options.throttle?.sendPerEmail ?? {
				max: 3,
				windowSeconds: 60,
				gapSeconds: 30
			},
			sendPerAddress: options.throttle?.sendPerAddress ?? {
				max: 20,
				windowSeconds: 60
			},
			verifyPerEmail: options.throttle?.verifyPerEmail ?? {
				max: 10,
				windowSeconds: 600
			},
			verifyPerAddress: options.throttle?.verifyPerAddress ?? {
				max: 30,
				windowSeconds: 60
			}
		},
		now: options.now ?? Date.now
	};
}
function isDue(record, now, leewayMs) {
	if (record.expiresAt === null) return false;
	const early = Math.min(leewayMs, Math.max(0, (record.expiresAt - record.refreshedAt) / 2));
	return now >= record.expiresAt - early;
}
function createSessions(o, upstream) {
	const { store, now } = o;
	const leaseMs = o.timeoutMs + 5e3;
	const waitMs = leaseMs + 5e3;
	const inflight = /* @__PURE__ */ new Map();
	const ttl = (record) => Math.ceil((record.sessionExpiresAt - now()) / 1e3);
	async function save(id, record) {
		await store.set(id, record, Math.max(1, ttl(record)));
	}
	async function read(id) {
		const record = await store.get(id);
		if (!record) return {
			record: null,
			reason: "expired"
		};
		if (record.sessionExpiresAt <= now()) {
			await store.delete(id);
			return {
				record: null,
				reason: "expired"
			};
		}
		return { record };
	}
	async function refresh(id, seen) {
		const release = await store.lock(id, {
			leaseMs,
			waitMs
		});
		try {
			const loaded = await read(id);
			if (!loaded.record || loaded.record.refreshToken !== seen.refreshToken) return loaded;
			if (!release) throw new AuthError("network", "[refresh] the session lock was not released in time");
			let data;
			try {
				data = await upstream.identity(o.refreshEndpoint, { refreshToken: loaded.record.refreshToken }, o.timeoutMs);
			} catch (error) {
				if (!isRejection(error)) throw error;
				await store.delete(id);
				return {
					record: null,
					reason: "expired"
				};
			}
			if (typeof data.token !== "string" || !data.token) throw new AuthError("invalid_response", `[POST] ${o.refreshEndpoint}: no token in the answer`);
			const rotated = typeof data.refreshToken === "string" && data.refreshToken !== "";
			const record = {
				...loaded.record,
				token: data.token,
				refreshToken: rotated ? data.refreshToken : loaded.record.refreshToken,
				expiresAt: tokenExpiry(data.token),
				refreshedAt: now()
			};
			await save(id, record);
			return { record };
		} finally {
			await release?.().catch(() => {});
		}
	}
	function rotate(id, stale) {
		let running = inflight.get(id);
		if (!running) {
			running = refresh(id, stale).finally(() => inflight.delete(id));
			inflight.set(id, running);
		}
		return running;
	}
	async function load(id, options = {}) {
		const loaded = await read(id);
		if (!loaded.record || options.refresh === false) return loaded;
		if (!isDue(loaded.record, now(), o.leewayMs)) return loaded;
		return rotate(id, loaded.record);
	}
	async function update(id, patch) {
		const release = await store.lock(id, {
			leaseMs,
			waitMs
		});
		if (!release) throw new AuthError("network", "[session] the session lock was not released in time");
		try {
			const loaded = await read(id);
			if (!loaded.record) return loaded;
			const record = {
				...loaded.record,
				...patch
			};
			await save(id, record);
			return { record };
		} finally {
			await release().catch(() => {});
		}
	}
	async function end(id) {
		const release = await store.lock(id, {
			leaseMs,
			waitMs
		}).catch(() => null);
		try {
			const record = await store.get(id);
			await store.delete(id);
			return record;
		} finally {
			await release?.().catch(() => {});
		}
	}
	return {
		load,
		rotate,
		save,
		update,
		end
	};
}
var MAX_COOKIE_VALUE = 3900;
function fromClaims(claims) {
	const c = claims;
	if (!(typeof c.sid === "string" && c.sid.length > 0 && typeof c.em === "string" && typeof c.org === "string" && (c.acc === null || typeof c.acc === "string") && typeof c.xp === "number" && typeof c.rf === "number" && typeof c.sx === "number")) return null;
	return {
		id: c.sid,
		email: c.em,
		organizationId: c.org,
		accountId: c.acc ?? null,
		expiresAt: c.xp,
		refreshedAt: c.rf,
		sessionExpiresAt: c.sx
	};
}
var JWE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
function isCanonical(value) {
	if (!JWE.test(value)) return false;
	try {
		return value.split(".").every((part) => {
			const binary = atob(part.replace(/-/g, "+").replace(/_/g, "/"));
			return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") === part;
		});
	} catch {
		return false;
	}
}
function createSealer(secrets, now) {
	let keys;
	const getKeys = () => {
		keys ??= Promise.all(secrets.map(deriveKey));
		return keys;
	};
	return {
		async seal(session) {
			const [key] = await getKeys();
			return new EncryptJWT({
				sid: session.id,
				em: session.email,
				org: session.organizationId,
				acc: session.accountId,
				xp: session.expiresAt,
				rf: session.refreshedAt,
				sx: session.sessionExpiresAt
			}).setProtectedHeader({
				alg: "dir",
				enc: "A256GCM"
			}).setIssuedAt(Math.floor(now() / 1e3)).setExpirationTime(Math.floor(session.sessionExpiresAt / 1e3)).encrypt(key);
		},
		async unseal(value) {
			if (typeof value !== "string" || value.length > MAX_COOKIE_VALUE || !isCanonical(value)) return null;
			let all;
			try {
				all = await getKeys();
			} catch {
				return null;
			}
			for (const key of all) try {
				const { payload } = await jwtDecrypt(value, key, {
					keyManagementAlgorithms: ["dir"],
					contentEncryptionAlgorithms: ["A256GCM"],
					currentDate: new Date(now())
				});
				return fromClaims(payload);
			} catch {}
			return null;
		}
	};
}
function withQuery(path, query) {
	if (!query) return path;
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(query)) if (value !== void 0 && value !== null) params.append(name, String(value));
	const text = params.toString();
	return text ? `${path}${path.includes("?") ? "&" : "?"}${text}` : path;
}
function encode(body, headers) {
	if (body === void 0 || body === null) return void 0;
	if (typeof body === "string") return body;
	if (!headers.has("content-type")) headers.set("content-type", "application/json");
	return JSON.stringify(body);
}
async function serverFetch(c, request, path, options = {}) {
	const method = (options.method ?? "GET").toUpperCase();
	const call = `[${method}] ${String(path).slice(0, 80)}`;
	if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) throw new AuthError("invalid_input", `${call}: path must start with a single /`);
	const target = withQuery(path, options.query);
	c.upstream.url(target);
	const { cookie } = await readCookieSession(c, request);
	if (!cookie) throw new AuthError("unauthenticated", `${call}: not signed in`);
	let loaded = await c.sessions.load(cookie.id);
	if (!loaded.record) throw new AuthError("session_expired", `${call}: the session has ended`);
	const send = (record) => {
		const headers = new Headers(options.headers);
		authHeaders(c, record).forEach((value, name) => {
			headers.set(name, value);
		});
		if (!headers.has("accept")) headers.set("accept", "application/json");
		const body = encode(options.body, headers);
		return c.upstream.send({
			method,
			path: target,
			body,
			headers,
			timeoutMs: options.timeoutMs ?? c.o.fetchTimeoutMs,
			maxBytes: c.o.maxProxyBytes
		});
	};
	let reply = await send(loaded.record);
	if (reply.status === 401) {
		loaded = await c.sessions.rotate(cookie.id, loaded.record);
		if (!loaded.record) throw new AuthError("session_expired", `${call}: the session has ended`);
		reply = await send(loaded.record);
	}
	return await judge(reply, options.schema);
}
async function judge(reply, schema) {
	const envelope = parseEnvelope(reply.bytes);
	const { status } = reply;
	if (status >= 400) throw failure(status === 429 ? "rate_limited" : status === 401 ? "unauthenticated" : "server", reply, envelope);
	if (status === 204) return validate(reply, void 0, schema);
	if (!envelope) throw failure("invalid_response", reply, envelope, "not an envelope");
	if (!envelope.status) throw failure("server", reply, envelope);
	return validate(reply, envelope.data, schema);
}
async function validate(reply, value, schema) {
	if (!schema) return value;
	const result = await schema["~standard"].validate(value);
	if (result.issues) throw failure("invalid_response", reply, null, "unexpected data shape");
	return result.value;
}
function createAuthServer(options) {
	const o = resolveOptions(options);
	const upstream = createUpstream({
		apiURL: o.apiURL,
		fetch: o.fetch,
		headers: o.headers
	});
	const c = {
		o,
		upstream,
		sessions: createSessions(o, upstream),
		sealer: createSealer(o.secrets, o.now)
	};
	const handle = createHandler(c);
	return {
		handle: (request) => handle(request),
		async getSession(request) {
			try {
				return (await currentSession(c, request, { cookies: false })).view;
			} catch {
				return { status: "unauthenticated" };
			}
		},
		fetch: (request, path, fetchOptions) => serverFetch(c, request, path, fetchOptions)
	};
}
// ../../packages/react-router/dist/server.js
function sessionState(view) {
	if (view.status !== "authenticated") return view.reason ? {
		status: "unauthenticated",
		reason: view.reason
	} : { status: "unauthenticated" };
	return {
		status: "authenticated",
		email: view.email,
		organizationId: view.organizationId,
		accountId: view.accountId
	};
}
function signInPath(signIn, url) {
	return `${signIn}?next=${encodeURIComponent(url.pathname + url.search)}`;
}
function createAuthRoutes(options) {
	const { signIn = "/sign-in", home = "/account", ...serverOptions } = options;
	const server = createAuthServer(serverOptions);
	return {
		...server,
		handler: ({ request }) => server.handle(request),
		rootLoader: async ({ request }) => ({ session: sessionState(await server.getSession(request)) }),
		async guard({ request }) {
			const session = sessionState(await server.getSession(request));
			if (session.status !== "authenticated") throw redirect(signInPath(signIn, new URL(request.url)));
			return { session };
		},
		async signedOut({ request }) {
			if ((await server.getSession(request)).status !== "authenticated") return null;
			const next = safeRedirect(new URL(request.url).searchParams.get("next"), home);
			throw redirect(new URL(next, request.url).pathname === signIn ? home : next);
		},
		headers: () => ({ "Cache-Control": "private, no-store" })
	};
}
// app/auth.server.ts
var auth = createAuthRoutes({
	apiURL: process.env.AUTH_API_URL ?? "http://127.0.0.1:8787",
	secret: process.env.AUTH_SECRET ?? "",
	proxy: ["/network/v1/"]
});
// app/header.tsx
function Header() {
	const auth = useAuth();
	const session = useSession();
	useEffect(() => {
		performance.mark("example:hydrated");
	}, []);
	return /* @__PURE__ */ jsxs("header", { children: [
		/* @__PURE__ */ jsxs("nav", { children: [
			/* @__PURE__ */ jsx(Link, {
				to: "/",
				children: "Home"
			}),
			" ",
			/* @__PURE__ */ jsx(Link, {
				to: "/account",
				children: "Account"
			}),
			" ",
			/* @__PURE__ */ jsx(Link, {
				to: "/settings",
				children: "Settings"
			})
		] }),
		session.status === "authenticated" && /* @__PURE__ */ jsxs("p", { children: [
			/* @__PURE__ */ jsx("strong", { children: session.email }),
			" ",
			/* @__PURE__ */ jsx("code", { children: session.organizationId }),
			" ",
			/* @__PURE__ */ jsx("button", {
				type: "button",
				onClick: () => auth.logout(),
				children: "Sign out"
			})
		] }),
		session.status === "unauthenticated" && /* @__PURE__ */ jsx(Link, {
			to: "/sign-in",
			children: "Sign in"
		}),
		session.status === "unauthenticated" && session.reason === "expired" && /* @__PURE__ */ jsx("p", {
			role: "alert",
			children: "Session expired. Please sign in again."
		})
	] });
}
// app/root.tsx
var root_exports = /* @__PURE__ */ __exportAll({
	Layout: () => Layout,
	default: () => root_default,
	headers: () => headers,
	loader: () => loader$4
});
var loader$4 = auth.rootLoader;
var headers = auth.headers;
function Layout({ children }) {
	return /* @__PURE__ */ jsxs("html", {
		lang: "en",
		children: [/* @__PURE__ */ jsxs("head", { children: [
			/* @__PURE__ */ jsx("meta", { charSet: "utf-8" }),
			/* @__PURE__ */ jsx("meta", {
				name: "viewport",
				content: "width=device-width, initial-scale=1"
			}),
			/* @__PURE__ */ jsx("title", { children: "auth-state on React Router" }),
			/* @__PURE__ */ jsx("link", {
				rel: "icon",
				href: "/favicon.svg"
			}),
			/* @__PURE__ */ jsx(Meta, {}),
			/* @__PURE__ */ jsx(Links, {})
		] }), /* @__PURE__ */ jsxs("body", { children: [
			children,
			/* @__PURE__ */ jsx(ScrollRestoration, {}),
			/* @__PURE__ */ jsx(Scripts, {})
		] })]
	});
}
var root_default = UNSAFE_withComponentProps(function App({ loaderData }) {
	return /* @__PURE__ */ jsxs(AuthProvider, {
		session: loaderData.session,
		children: [/* @__PURE__ */ jsx(Header, {}), /* @__PURE__ */ jsx("main", { children: /* @__PURE__ */ jsx(Outlet, {}) })]
	});
});
// app/routes/home.tsx
var home_exports = /* @__PURE__ */ __exportAll({ default: () => home_default });
var home_default = UNSAFE_withComponentProps(function Home() {
	return /* @__PURE__ */ jsxs(Fragment, { children: [/* @__PURE__ */ jsx("h1", { children: "auth-state on React Router" }), /* @__PURE__ */ jsxs("p", { children: [
		"Server sessions: the tokens stay on the server, the page holds an HttpOnly cookie. Open",
		" ",
		/* @__PURE__ */ jsx(Link, {
			to: "/account",
			children: "your account"
		}),
		"."
	] })] });
});
// app/routes/sign-in.tsx
var sign_in_exports = /* @__PURE__ */ __exportAll({
	default: () => sign_in_default,
	loader: () => loader$3
});
var loader$3 = auth.signedOut;
var sign_in_default = UNSAFE_withComponentProps(function SignIn() {
	const { state, sendOtp, verifyOtp, reset, secondsUntilResend } = useOtp();
	const [email, setEmail] = useState("");
	const [code, setCode] = useState("");
	const busy = state.step === "sending" || state.step === "verifying";
	const send = (event) => {
		event.preventDefault();
		sendOtp(email).catch(() => {});
	};
	const verify = (event) => {
		event.preventDefault();
		verifyOtp(code).catch(() => {});
	};
	return /* @__PURE__ */ jsxs(Fragment, { children: [
		/* @__PURE__ */ jsx("h1", { children: "Sign in" }),
		state.email === null ? /* @__PURE__ */ jsxs("form", {
			onSubmit: send,
			children: [
				/* @__PURE__ */ jsx("label", {
					htmlFor: "email",
					children: "Email"
				}),
				/* @__PURE__ */ jsx("input", {
					id: "email",
					type: "email",
					autoComplete: "email",
					required: true,
					value: email,
					onChange: (event) => setEmail(event.target.value)
				}),
				/* @__PURE__ */ jsx("button", {
					type: "submit",
					disabled: busy,
					children: "Send code"
				})
			]
		}) : /* @__PURE__ */ jsxs("form", {
			onSubmit: verify,
			children: [
				/* @__PURE__ */ jsxs("p", { children: [
					"Code for ",
					/* @__PURE__ */ jsx("strong", { children: state.email }),
					" ",
					/* @__PURE__ */ jsx("button", {
						type: "button",
						onClick: reset,
						children: "Change email"
					})
				] }),
				/* @__PURE__ */ jsx("label", {
					htmlFor: "code",
					children: "Code"
				}),
				/* @__PURE__ */ jsx("input", {
					id: "code",
					autoComplete: "one-time-code",
					inputMode: "numeric",
					disabled: state.step === "locked",
					value: code,
					onChange: (event) => setCode(event.target.value)
				}),
				/* @__PURE__ */ jsxs("p", { children: [state.attemptsLeft, " attempts left"] }),
				/* @__PURE__ */ jsx("button", {
					type: "submit",
					disabled: busy || state.step === "locked",
					children: "Verify"
				}),
				/* @__PURE__ */ jsx("button", {
					type: "button",
					disabled: busy || secondsUntilResend > 0,
					onClick: () => sendOtp(state.email).catch(() => {}),
					children: secondsUntilResend > 0 ? `Resend in ${secondsUntilResend} s` : "Resend code"
				})
			]
		}),
		/* @__PURE__ */ jsx("p", {
			role: "status",
			children: otpMessage(state)
		})
	] });
});
// app/routes/auth.ts
var auth_exports = /* @__PURE__ */ __exportAll({
	action: () => action,
	loader: () => loader$2
});
var loader$2 = auth.handler;
var action = auth.handler;
// app/routes/guarded.tsx
var guarded_exports = /* @__PURE__ */ __exportAll({
	default: () => guarded_default,
	loader: () => loader$1
});
var loader$1 = auth.guard;
var guarded_default = UNSAFE_withComponentProps(Guarded);
// app/routes/account.tsx
var account_exports = /* @__PURE__ */ __exportAll({
	default: () => account_default,
	loader: () => loader
});
var Account = z.object({
	organizationName: z.string(),
	accountId: z.string()
});
var Organizations = z.object({ organizations: z.array(z.object({
	id: z.string(),
	name: z.string()
})) });
async function loader({ request }) {
	const [account, { organizations }] = await Promise.all([auth.fetch(request, "/network/v1/account", { schema: Account }), auth.fetch(request, "/network/v1/organizations", { schema: Organizations })]);
	return {
		account,
		organizations
	};
}
var account_default = UNSAFE_withComponentProps(function AccountPage({ loaderData }) {
	const { account, organizations } = loaderData;
	const client = useAuth();
	const organizationId = useSession((s) => s.status === "authenticated" ? s.organizationId : "");
	const { revalidate } = useRevalidator();
	return /* @__PURE__ */ jsxs(Fragment, { children: [
		/* @__PURE__ */ jsx("h1", { children: "Account" }),
		/* @__PURE__ */ jsxs("dl", { children: [
			/* @__PURE__ */ jsx("dt", { children: "Organization name" }),
			/* @__PURE__ */ jsx("dd", { children: account.organizationName }),
			/* @__PURE__ */ jsx("dt", { children: "Account" }),
			/* @__PURE__ */ jsx("dd", { children: account.accountId })
		] }),
		/* @__PURE__ */ jsx("label", {
			htmlFor: "organization",
			children: "Organization"
		}),
		/* @__PURE__ */ jsx("select", {
			id: "organization",
			value: organizationId,
			onChange: (event) => client.setOrganization(event.target.value),
			children: organizations.map((o) => /* @__PURE__ */ jsx("option", {
				value: o.id,
				children: o.name
			}, o.id))
		}),
		/* @__PURE__ */ jsx("button", {
			type: "button",
			onClick: () => revalidate(),
			children: "Reload"
		})
	] });
});
// app/routes/settings.tsx
var settings_exports = /* @__PURE__ */ __exportAll({ default: () => settings_default });
var settings_default = UNSAFE_withComponentProps(function Settings() {
	const email = useSession((s) => s.status === "authenticated" ? s.email : null);
	return /* @__PURE__ */ jsxs(Fragment, { children: [/* @__PURE__ */ jsx("h1", { children: "Settings" }), /* @__PURE__ */ jsxs("p", { children: [
		"Signed in as ",
		email,
		"."
	] })] });
});
// \0virtual:react-router/server-manifest
var server_manifest_default = {
	"entry": {
		"module": "/assets/entry.client-UfkKNlxY.js",
		"imports": ["/assets/jsx-runtime-bXsuQtLw.js"],
		"css": []
	},
	"routes": {
		"root": {
			"id": "root",
			"parentId": void 0,
			"path": "",
			"index": void 0,
			"caseSensitive": void 0,
			"hasAction": false,
			"hasLoader": true,
			"hasClientAction": false,
			"hasClientLoader": false,
			"hasClientMiddleware": false,
			"hasDefaultExport": true,
			"hasErrorBoundary": false,
			"module": "/assets/root-ya-bdJgk.js",
			"imports": [
				"/assets/jsx-runtime-bXsuQtLw.js",
				"/assets/dist-CtX04EXH.js",
				"/assets/dist-Csw7aAZM.js"
			],
			"css": ["/assets/root-DvjW2u0r.css"],
			"clientActionModule": void 0,
			"clientLoaderModule": void 0,
			"clientMiddlewareModule": void 0,
			"hydrateFallbackModule": void 0
		},
		"routes/home": {
			"id": "routes/home",
			"parentId": "root",
			"path": void 0,
			"index": true,
			"caseSensitive": void 0,
			"hasAction": false,
			"hasLoader": false,
			"hasClientAction": false,
			"hasClientLoader": false,
			"hasClientMiddleware": false,
			"hasDefaultExport": true,
			"hasErrorBoundary": false,
			"module": "/assets/home-DOMToa4S.js",
			"imports": ["/assets/jsx-runtime-bXsuQtLw.js"],
			"css": [],
			"clientActionModule": void 0,
			"clientLoaderModule": void 0,
			"clientMiddlewareModule": void 0,
			"hydrateFallbackModule": void 0
		},
		"routes/sign-in": {
			"id": "routes/sign-in",
			"parentId": "root",
			"path": "sign-in",
			"index": void 0,
			"caseSensitive": void 0,
			"hasAction": false,
			"hasLoader": true,
			"hasClientAction": false,
			"hasClientLoader": false,
			"hasClientMiddleware": false,
			"hasDefaultExport": true,
			"hasErrorBoundary": false,
			"module": "/assets/sign-in-DtoHrAP-.js",
			"imports": ["/assets/jsx-runtime-bXsuQtLw.js", "/assets/dist-Csw7aAZM.js"],
			"css": [],
			"clientActionModule": void 0,
			"clientLoaderModule": void 0,
			"clientMiddlewareModule": void 0,
			"hydrateFallbackModule": void 0
		},
		"routes/auth": {
			"id": "routes/auth",
			"parentId": "root",
			"path": "auth/*",
			"index": void 0,
			"caseSensitive": void 0,
			"hasAction": true,
			"hasLoader": true,
			"hasClientAction": false,
			"hasClientLoader": false,
			"hasClientMiddleware": false,
			"hasDefaultExport": false,
			"hasErrorBoundary": false,
			"module": "/assets/auth-BvRk9kiK.js",
			"imports": [],
			"css": [],
			"clientActionModule": void 0,
			"clientLoaderModule": void 0,
			"clientMiddlewareModule": void 0,
			"hydrateFallbackModule": void 0
		},
		"routes/guarded": {
			"id": "routes/guarded",
			"parentId": "root",
			"path": void 0,
			"index": void 0,
			"caseSensitive": void 0,
			"hasAction": false,
			"hasLoader": true,
			"hasClientAction": false,
			"hasClientLoader": false,
			"hasClientMiddleware": false,
			"hasDefaultExport": true,
			"hasErrorBoundary": false,
			"module": "/assets/guarded-B_n8Vxet.js",
			"imports": [
				"/assets/jsx-runtime-bXsuQtLw.js",
				"/assets/dist-CtX04EXH.js",
				"/assets/dist-Csw7aAZM.js"
			],
			"css": [],
			"clientActionModule": void 0,
			"clientLoaderModule": void 0,
			"clientMiddlewareModule": void 0,
			"hydrateFallbackModule": void 0
		},
		"routes/account": {
			"id": "routes/account",
			"parentId": "routes/guarded",
			"path": "account",
			"index": void 0,
			"caseSensitive": void 0,
			"hasAction": false,
			"hasLoader": true,
			"hasClientAction": false,
			"hasClientLoader": false,
			"hasClientMiddleware": false,
			"hasDefaultExport": true,
			"hasErrorBoundary": false,
			"module": "/assets/account-0rqVNkPE.js",
			"imports": ["/assets/jsx-runtime-bXsuQtLw.js", "/assets/dist-Csw7aAZM.js"],
			"css": [],
			"clientActionModule": void 0,
			"clientLoaderModule": void 0,
			"clientMiddlewareModule": void 0,
			"hydrateFallbackModule": void 0
		},
		"routes/settings": {
			"id": "routes/settings",
			"parentId": "routes/guarded",
			"path": "settings",
			"index": void 0,
			"caseSensitive": void 0,
			"hasAction": false,
			"hasLoader": false,
			"hasClientAction": false,
			"hasClientLoader": false,
			"hasClientMiddleware": false,
			"hasDefaultExport": true,
			"hasErrorBoundary": false,
			"module": "/assets/settings-B9ai3-EP.js",
			"imports": ["/assets/jsx-runtime-bXsuQtLw.js", "/assets/dist-Csw7aAZM.js"],
			"css": [],
			"clientActionModule": void 0,
			"clientLoaderModule": void 0,
			"clientMiddlewareModule": void 0,
			"hydrateFallbackModule": void 0
		}
	},
	"url": "/assets/manifest-56cc6a9d.js",
	"version": "56cc6a9d",
	"sri": void 0
};
// \0virtual:react-router/server-build
var assetsBuildDirectory = "build/client";
var basename = "/";
var future = {
	"unstable_optimizeDeps": false,
	"v8_passThroughRequests": false,
	"v8_trailingSlashAwareDataRequests": false,
	"unstable_previewServerPrerendering": false,
	"v8_middleware": false,
	"v8_splitRouteModules": false,
	"v8_viteEnvironmentApi": false
};
var ssr = true;
var isSpaMode = false;
var prerender = [];
var routeDiscovery = {
	"mode": "lazy",
	"manifestPath": "/__manifest"
};
var publicPath = "/";
var entry = { module: entry_server_node_exports };
var routes = {
	"root": {
		id: "root",
		parentId: void 0,
		path: "",
		index: void 0,
		caseSensitive: void 0,
		module: root_exports
	},
	"routes/home": {
		id: "routes/home",
		parentId: "root",
		path: void 0,
		index: true,
		caseSensitive: void 0,
		module: home_exports
	},
	"routes/sign-in": {
		id: "routes/sign-in",
		parentId: "root",
		path: "sign-in",
		index: void 0,
		caseSensitive: void 0,
		module: sign_in_exports
	},
	"routes/auth": {
		id: "routes/auth",
		parentId: "root",
		path: "auth/*",
		index: void 0,
		caseSensitive: void 0,
		module: auth_exports
	},
	"routes/guarded": {
		id: "routes/guarded",
		parentId: "root",
		path: void 0,
		index: void 0,
		caseSensitive: void 0,
		module: guarded_exports
	},
	"routes/account": {
		id: "routes/account",
		parentId: "routes/guarded",
		path: "account",
		index: void 0,
		caseSensitive: void 0,
		module: account_exports
	},
	"routes/settings": {
		id: "routes/settings",
		parentId: "routes/guarded",
		path: "settings",
		index: void 0,
		caseSensitive: void 0,
		module: settings_exports
	}
};
var allowedActionOrigins = false;
export { allowedActionOrigins, server_manifest_default as assets, assetsBuildDirectory, basename, entry, future, isSpaMode, prerender, publicPath, routeDiscovery, routes, ssr };
