pub fn embedded() -> Result<crate::model::Dataset, ron::error::SpannedError> {
    ron::from_str(include_str!("../assets/profiles.ron"))
}
