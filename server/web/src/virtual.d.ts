declare module 'virtual:countries' {
  /** ISO 3166-1 alpha-3 -> [latitude, longitude, common name] (world-countries' latlng). */
  const centroids: Record<string, [number, number, string]>
  export default centroids
}
