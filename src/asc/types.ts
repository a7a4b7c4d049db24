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
export type DeviceClass = NonNullable<NonNullable<Device['attributes']>['deviceClass']>;
export type DeviceCreateRequest = Schemas['DeviceCreateRequest'];
export type DeviceUpdateRequest = Schemas['DeviceUpdateRequest'];
export type BundleId = Schemas['BundleId'];
export type BundleIdPlatform = Schemas['BundleIdPlatform'];
export type BundleIdCapability = Schemas['BundleIdCapability'];
export type BundleIdCreateRequest = Schemas['BundleIdCreateRequest'];
export type BundleIdCapabilityCreateRequest = Schemas['BundleIdCapabilityCreateRequest'];
export type CapabilityType = Schemas['CapabilityType'];
export type CapabilitySetting = Schemas['CapabilitySetting'];
export type Certificate = Schemas['Certificate'];
export type CertificateType = Schemas['CertificateType'];
export type CertificateCreateRequest = Schemas['CertificateCreateRequest'];
export type Profile = Schemas['Profile'];
export type ProfileType = NonNullable<NonNullable<Profile['attributes']>['profileType']>;
export type ProfileState = NonNullable<NonNullable<Profile['attributes']>['profileState']>;
export type ProfileCreateRequest = Schemas['ProfileCreateRequest'];
export type BundleIdUpdateRequest = Schemas['BundleIdUpdateRequest'];
export type BundleIdCapabilityUpdateRequest = Schemas['BundleIdCapabilityUpdateRequest'];
