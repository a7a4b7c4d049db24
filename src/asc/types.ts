/** Resource and request types of the App Store Connect API, from Apple's OpenAPI document. */
import type { components } from './generated/app-store-connect.js';

type Schemas = components['schemas'];

export type App = Schemas['App'];
export type Build = Schemas['Build'];
export type PreReleaseVersion = Schemas['PrereleaseVersion'];
export type BetaGroup = Schemas['BetaGroup'];
export type BetaTester = Schemas['BetaTester'];
export type Device = Schemas['Device'];
export type DevicePlatform = NonNullable<NonNullable<Device['attributes']>['platform']>;
export type DeviceStatus = NonNullable<NonNullable<Device['attributes']>['status']>;
